//! A small `ocop` command tree for the tests of this module.

use clap::{Arg, Command};

/// `ocop` with the global `--lang`, `build` (`--root` with a default,
/// `--output` with an English paragraph as a doc comment would give it) and
/// `new` (two names to give), as clap's derive would make them: words to
/// come from the catalogues.
pub(super) fn tool() -> Command {
    Command::new("ocop")
        .version("0.1.0")
        // No wrapping: the tests compare whole lines.
        .term_width(0)
        .subcommand_required(true)
        .arg(
            Arg::new("lang")
                .long("lang")
                .global(true)
                .value_name("LANG")
                .value_parser(["vi", "en"]),
        )
        .subcommand(
            Command::new("build")
                .arg(
                    Arg::new("root")
                        .long("root")
                        .value_name("DIR")
                        .default_value("."),
                )
                .arg(
                    Arg::new("output")
                        .long("output")
                        .value_name("DIR")
                        .long_help("Output folder, the derive's English."),
                ),
        )
        .subcommand(
            Command::new("new")
                .arg(Arg::new("kind").required(true).value_name("KIND"))
                .arg(Arg::new("name").required(true).value_name("NAME")),
        )
}

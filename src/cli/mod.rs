//! The command line in the user's language. clap parses `ocop`'s command
//! line into the types `main.rs` derives; around it:
//!
//! 1. [`language`] reads `--lang` and `--root` before clap does, so the
//!    language is known before anything is said;
//! 2. [`help::localise`] gives clap's command tree the words of that
//!    language (every about, help, example, placeholder and heading; our
//!    own help and version flags and `help` subcommand);
//! 3. [`parse`] parses, shows the help (`ocop help build` as `ocop build
//!    --help`) and says a mistake with [`errors::explain`].

pub mod argv;
pub mod errors;
pub mod help;
#[cfg(test)]
mod tool;

use std::ffi::OsString;

use clap::{Command, CommandFactory, FromArgMatches};

use crate::messages::Lang;

pub use argv::language;

/// Parses the command line `args` (the program name first) into `T`, with
/// `--help` and the mistakes in `lang` ([`language`] chooses it). Shows the
/// help, the version or the mistake and exits as clap does (status 0 after
/// the help or the version, 2 after a mistake), so it returns only a
/// command line that parsed.
pub fn parse<T: CommandFactory + FromArgMatches>(args: &[OsString], lang: Lang) -> T {
    let mut cmd = help::localise(T::command(), lang);
    cmd.build();
    let mut args = args.to_vec();
    let mut matches = cmd.try_get_matches_from_mut(&args);
    if matches
        .as_ref()
        .is_ok_and(|m| m.subcommand_name() == Some(help::HELP))
    {
        // `ocop help build` shows what `ocop build --help` shows.
        let index = argv::subcommands(&cmd, &args)
            .iter()
            .find(|(_, c)| c.get_name() == help::HELP)
            .map(|(i, _)| *i);
        if let Some(index) = index {
            args = argv::help_flag_instead(&args, index);
            matches = cmd.try_get_matches_from_mut(&args);
        }
    }
    let parsed = matches.and_then(|m| T::from_arg_matches(&m).map_err(|e| e.format(&mut cmd)));
    parsed.unwrap_or_else(|error| exit(&error, &cmd, &args, lang))
}

/// Says `error` (of the command line `args`, parsed with `cmd`) in `lang`,
/// or lets clap say it ([`errors::explain`] says which), and exits with
/// clap's status.
fn exit(error: &clap::Error, cmd: &Command, args: &[OsString], lang: Lang) -> ! {
    match errors::explain(error, cmd, args) {
        Some(explained) => {
            eprint!("{}", explained.render(lang));
            std::process::exit(error.exit_code())
        }
        None => error.exit(),
    }
}

//! What the command line says before clap reads it: the language asked for
//! and the catalogue's folder (so `--help` and clap's errors can speak the
//! user's language), and which subcommands it names (so an error can say
//! which command's help to read, and `ocop help build` can become
//! `ocop build --help`).

use std::ffi::OsString;
use std::path::PathBuf;

use clap::Command;

use crate::messages::Lang;

/// The language of the tool for the command line `args` (the program name
/// first): `--lang X` or `--lang=X` anywhere before a `--` (the option is
/// global), else [`Lang::from_env`] with the `default_language` of the
/// catalogue under `--root DIR` (the current folder without it). A `--lang`
/// value the tool does not speak counts as absent here; clap refuses it
/// later, in the language chosen without it.
pub fn language(args: &[OsString]) -> Lang {
    let flag = option_value(args, "--lang").and_then(|v| Lang::parse(&v.to_string_lossy()));
    let root = option_value(args, "--root").map_or_else(|| PathBuf::from("."), PathBuf::from);
    Lang::from_env(flag, crate::config::default_language(&root).as_deref())
}

/// The value of the first `long` option in `args` (`--root DIR` or
/// `--root=DIR`), before any `--`.
fn option_value(args: &[OsString], long: &str) -> Option<OsString> {
    let mut rest = args.iter().skip(1);
    while let Some(arg) = rest.next() {
        let Some(text) = arg.to_str() else { continue };
        if text == "--" {
            break;
        }
        if text == long {
            return rest.next().cloned();
        }
        if let Some(value) = text.strip_prefix(long).and_then(|r| r.strip_prefix('=')) {
            return Some(value.into());
        }
    }
    None
}

/// The subcommands of `cmd` that `args` (the program name first) names,
/// outermost first, each with its index in `args`, read as clap reads
/// them: a word is a subcommand when the command reached so far has one of
/// that name, and the word after an option that takes a value (`--root
/// help`) is that value. `cmd` must be built ([`Command::build`]) for the
/// global options to be known to the subcommands.
pub fn subcommands<'c>(cmd: &'c Command, args: &[OsString]) -> Vec<(usize, &'c Command)> {
    let mut found = Vec::new();
    let mut current = cmd;
    let mut i = 1;
    while i < args.len() {
        let Some(word) = args[i].to_str() else {
            i += 1;
            continue;
        };
        if word == "--" {
            break;
        }
        let takes_value = if let Some(long) = word.strip_prefix("--") {
            !long.contains('=')
                && current
                    .get_arguments()
                    .any(|a| a.get_long() == Some(long) && a.get_action().takes_values())
        } else if let Some(shorts) = word.strip_prefix('-').filter(|s| !s.is_empty()) {
            // `-x VALUE`; `-xVALUE` carries its value.
            let mut chars = shorts.chars();
            let first = chars.next();
            chars.next().is_none()
                && current
                    .get_arguments()
                    .any(|a| a.get_short() == first && a.get_action().takes_values())
        } else {
            if let Some(sub) = current.find_subcommand(word) {
                found.push((i, sub));
                current = sub;
            }
            false
        };
        i += if takes_value { 2 } else { 1 };
    }
    found
}

/// The command line that shows the help `args` asks for with the `help`
/// subcommand at `index`: `ocop --lang vi help build` is
/// `ocop --lang vi build --help`, `ocop help` is `ocop --help`.
pub fn help_flag_instead(args: &[OsString], index: usize) -> Vec<OsString> {
    let mut out: Vec<OsString> = args
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != index)
        .map(|(_, a)| a.clone())
        .collect();
    out.push("--help".into());
    out
}

#[cfg(test)]
mod tests {
    use clap::{Arg, ArgAction};

    use super::*;

    fn args(words: &[&str]) -> Vec<OsString> {
        words.iter().map(OsString::from).collect()
    }

    fn tool() -> Command {
        let mut cmd = Command::new("ocop")
            .disable_help_subcommand(true)
            .arg(Arg::new("lang").long("lang").global(true))
            .arg(Arg::new("verbose").short('v').action(ArgAction::SetTrue))
            .subcommand(Command::new("build").arg(Arg::new("root").long("root").short('r')))
            .subcommand(Command::new("help").arg(Arg::new("command").num_args(..)));
        cmd.build();
        cmd
    }

    fn names(cmd: &Command, words: &[&str]) -> Vec<(usize, String)> {
        subcommands(cmd, &args(words))
            .into_iter()
            .map(|(i, c)| (i, c.get_name().to_owned()))
            .collect()
    }

    #[test]
    fn option_values_are_read_in_both_spellings_before_a_double_dash() {
        let line = args(&["ocop", "build", "--root=../ninh-son", "--lang", "en"]);
        assert_eq!(option_value(&line, "--root"), Some("../ninh-son".into()));
        assert_eq!(option_value(&line, "--lang"), Some("en".into()));
        assert_eq!(
            option_value(&args(&["ocop", "--", "--lang", "en"]), "--lang"),
            None
        );
        // `--language` is not `--lang`.
        assert_eq!(
            option_value(&args(&["ocop", "--language=en"]), "--lang"),
            None
        );
    }

    #[test]
    fn the_flag_decides_the_language() {
        assert_eq!(language(&args(&["ocop", "check", "--lang=en"])), Lang::En);
        assert_eq!(
            language(&args(&["ocop", "--lang", "vi", "check"])),
            Lang::Vi
        );
    }

    #[test]
    fn subcommands_are_words_that_are_not_option_values() {
        let cmd = tool();
        assert_eq!(
            names(&cmd, &["ocop", "build", "--root", "x"]),
            [(1, "build".to_owned())]
        );
        // The value of --lang (global, known in build too) is no subcommand.
        assert_eq!(
            names(&cmd, &["ocop", "--lang", "help", "build"]),
            [(3, "build".to_owned())]
        );
        assert_eq!(
            names(&cmd, &["ocop", "build", "-r", "help"]),
            [(1, "build".to_owned())]
        );
        // A flag takes no value: the next word is the subcommand.
        assert_eq!(
            names(&cmd, &["ocop", "-v", "help", "build"]),
            [(2, "help".to_owned())]
        );
        assert_eq!(
            names(&cmd, &["ocop", "--lang=vi", "help"]),
            [(2, "help".to_owned())]
        );
        assert_eq!(names(&cmd, &["ocop", "--", "build"]), []);
    }

    #[test]
    fn the_help_subcommand_becomes_the_help_flag() {
        assert_eq!(
            help_flag_instead(&args(&["ocop", "--lang", "vi", "help", "build"]), 3),
            args(&["ocop", "--lang", "vi", "build", "--help"])
        );
        assert_eq!(
            help_flag_instead(&args(&["ocop", "help"]), 1),
            args(&["ocop", "--help"])
        );
    }
}

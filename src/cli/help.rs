//! `--help` in the user's language: the command tree that clap's derive
//! makes gets its words from the catalogues at run time ([`localise`]), and
//! clap's own English words (the headings, the usage line, the help and
//! version flags, the `help` subcommand) are replaced by ours. [`missing`]
//! lists the words a tree lacks, so a new command or option cannot ship
//! without them.
//!
//! The catalogue ids, for the program `ocop` and its command `build` (the
//! program's own name is left out of the ids below it):
//!
//! - `cli-ocop`, `cli-build`: what the command is for, the line `-h` shows;
//!   `.long` a paragraph more, shown by `--help`; `.examples` the examples
//!   after the options;
//! - `cli-build-output`: the help of `build --output`, or `cli-arg-root` for
//!   an option that means the same in every command (`--root`, `--today`,
//!   `--lang`); `.long` a paragraph more for `--help`;
//! - `cli-value-dir`: the placeholder `DIR` (`--output <DIR>`), by its
//!   English name in lower case;
//! - `cli-heading-*`, `cli-value-options`, `cli-value-command`,
//!   `cli-default`, `cli-possible-values`, `cli-arg-help`, `cli-arg-version`,
//!   `cli-help`, `cli-help-command`: the words clap would say in English.

use std::cell::RefCell;
use std::collections::BTreeSet;

use clap::builder::StyledStr;
use clap::{Arg, ArgAction, Command};

use crate::messages::{Lang, Message};

/// The name of the `help` subcommand that [`localise`] adds (`ocop help
/// build`; the parse reads it as `ocop build --help`).
pub const HELP: &str = "help";

/// `cmd`, a program and its subcommands as clap's derive makes them, with
/// every word of its help in `lang`: about, examples, the help of every
/// argument, the placeholders, the headings and the usage line, and a help
/// flag (`-h`, `--help`), version flag (`-V`, `--version`) and `help`
/// subcommand in `lang` instead of clap's. A word the catalogue lacks
/// keeps clap's (English) text; [`missing`] finds them.
pub fn localise(cmd: Command, lang: Lang) -> Command {
    Words::new(lang).program(cmd)
}

/// The catalogue ids that [`localise`] reads for `cmd` and a catalogue
/// lacks, as `vi: cli-build-output (or cli-arg-output)`, sorted: empty when
/// every command and argument has its words in both languages.
pub fn missing(cmd: &Command) -> Vec<String> {
    let mut all = BTreeSet::new();
    for lang in Lang::ALL {
        let words = Words::new(lang);
        words.program(cmd.clone());
        for id in words.missing.into_inner() {
            all.insert(format!("{}: {id}", lang.code()));
        }
    }
    all.into_iter().collect()
}

/// The words of one language, noting the ids its catalogue lacks.
struct Words {
    lang: Lang,
    missing: RefCell<Vec<String>>,
}

impl Words {
    fn new(lang: Lang) -> Self {
        Self {
            lang,
            missing: RefCell::new(Vec::new()),
        }
    }

    /// `message` in the language, if the catalogue has it.
    fn optional(&self, message: Message) -> Option<String> {
        message
            .exists_in(self.lang)
            .then(|| message.render(self.lang))
    }

    /// `message` in the language; `None`, noted as missing, when the
    /// catalogue lacks it.
    fn required(&self, message: Message) -> Option<String> {
        let found = self.optional(message.clone());
        if found.is_none() {
            self.missing.borrow_mut().push(message.id().to_owned());
        }
        found
    }

    /// `message` in the language; its id (noted as missing) when the
    /// catalogue lacks it.
    fn word(&self, message: Message) -> String {
        let id = message.id().to_owned();
        self.required(message).unwrap_or(id)
    }

    /// The first of `ids` that the catalogue has, with its text; noted as
    /// missing when it has none.
    fn first_of(&self, ids: [String; 2]) -> Option<(String, String)> {
        let found = ids.iter().find_map(|id| {
            self.optional(Message::new(id.clone()))
                .map(|text| (id.clone(), text))
        });
        if found.is_none() {
            let [first, second] = ids;
            self.missing
                .borrow_mut()
                .push(format!("{first} (or {second})"));
        }
        found
    }

    /// The program: clap's help flag, version flag and `help` subcommand
    /// give way to ours, then every command gets its words.
    fn program(&self, cmd: Command) -> Command {
        let cmd = cmd
            .disable_help_flag(true)
            .disable_version_flag(true)
            .disable_help_subcommand(true);
        let cmd = if cmd.has_subcommands() {
            cmd.subcommand(
                Command::new(HELP).arg(
                    Arg::new("command")
                        .value_name("COMMAND")
                        .num_args(..)
                        .action(ArgAction::Append),
                ),
            )
        } else {
            cmd
        };
        self.command(cmd, &[], false)
    }

    /// `cmd` and its subcommands with their words. `parents` are the names
    /// typed before it (`["ocop"]` for `build`); `inherited` is true when a
    /// parent has a global option (which makes `[OPTIONS]` show in the
    /// usage line).
    fn command(&self, cmd: Command, parents: &[String], inherited: bool) -> Command {
        let mut typed = parents.to_vec();
        typed.push(cmd.get_name().to_owned());
        // `cli-ocop` for the program, `cli-build` for `ocop build`.
        let below = if parents.is_empty() {
            &typed[..]
        } else {
            &typed[1..]
        };
        let id = format!("cli-{}", below.join("-"));
        let options = inherited || cmd.get_arguments().any(|a| !a.is_positional());
        let global = inherited
            || cmd
                .get_arguments()
                .any(|a| a.is_global_set() && !a.is_positional());

        let mut cmd = cmd;
        if let Some(about) = self.required(Message::new(id.clone())) {
            cmd = match self.optional(Message::new(format!("{id}.long"))) {
                Some(more) => cmd
                    .about(about.clone())
                    .long_about(format!("{about}\n\n{more}")),
                None => cmd.about(about).long_about(None),
            };
        }
        // Every command has examples (`help` and the program itself only
        // point to the commands).
        let examples = Message::new(format!("{id}.examples"));
        let examples = if !parents.is_empty() && cmd.get_name() != HELP {
            self.required(examples)
        } else {
            self.optional(examples)
        };
        if let Some(examples) = examples {
            cmd = cmd.after_help(examples);
        }
        cmd = cmd.mut_args(|arg| self.argument(arg, &id));
        let usage = self.usage(&cmd, &typed.join(" "), options);
        let long = cmd.get_long_about().is_some()
            || cmd.get_arguments().any(|a| a.get_long_help().is_some());
        cmd = cmd.arg(self.help_flag(long));
        if parents.is_empty() && cmd.get_version().is_some() {
            cmd = cmd.arg(
                Arg::new("version")
                    .short('V')
                    .long("version")
                    .action(ArgAction::Version)
                    .help(self.word(Message::new("cli-arg-version")))
                    .help_heading(self.word(Message::new("cli-heading-options"))),
            );
        }
        let template = self.template(&cmd);
        cmd.override_usage(usage)
            .help_template(template)
            .subcommand_help_heading(self.word(Message::new("cli-heading-commands")))
            .subcommand_value_name(self.word(Message::new("cli-value-command")))
            .mut_subcommands(|sub| self.command(sub, &typed, global))
    }

    /// `arg` of the command `command` (its id, `cli-build`) with its words:
    /// heading, placeholders, help, and the default and allowed values
    /// (which clap would write in English) at the end of the help.
    fn argument(&self, arg: Arg, command: &str) -> Arg {
        // `base_url` → `cli-build-base-url`.
        let name = arg.get_id().as_str().replace('_', "-");
        let heading = if arg.is_positional() {
            "cli-heading-arguments"
        } else {
            "cli-heading-options"
        };
        let mut arg = arg.help_heading(self.word(Message::new(heading)));
        let mut notes = String::new();
        // A flag (`--timings`) has a placeholder from the derive too, never
        // shown.
        if arg.get_action().takes_values() {
            if let Some(names) = arg.get_value_names() {
                let names: Vec<String> = names
                    .iter()
                    .map(|n| self.word(Message::new(format!("cli-value-{}", n.to_lowercase()))))
                    .collect();
                arg = arg.value_names(names);
            }
            let defaults: Vec<String> = arg
                .get_default_values()
                .iter()
                .map(|v| v.to_string_lossy().into_owned())
                .collect();
            if !defaults.is_empty() {
                let note = Message::new("cli-default").arg("value", defaults.join(" "));
                notes.push_str(&format!(" [{}]", self.word(note)));
                arg = arg.hide_default_value(true);
            }
            let allowed: Vec<String> = arg
                .get_value_parser()
                .possible_values()
                .into_iter()
                .flatten()
                .filter(|v| !v.is_hide_set())
                .map(|v| v.get_name().to_owned())
                .collect();
            if !allowed.is_empty() {
                let note = Message::new("cli-possible-values").arg("values", allowed.join(", "));
                notes.push_str(&format!(" [{}]", self.word(note)));
                arg = arg.hide_possible_values(true);
            }
        }
        if let Some((id, help)) =
            self.first_of([format!("{command}-{name}"), format!("cli-arg-{name}")])
        {
            // No paragraph more: the derive's (English) one goes too.
            arg = match self.optional(Message::new(format!("{id}.long"))) {
                Some(more) => arg.long_help(format!("{help}\n\n{more}{notes}")),
                None => arg.long_help(None),
            };
            arg = arg.help(format!("{help}{notes}"));
        }
        arg
    }

    /// The help flag, `-h` and `--help`; when the command has more to say
    /// with `--help` than with `-h` (`long`), each says so, as clap's does.
    fn help_flag(&self, long: bool) -> Arg {
        let arg = Arg::new(HELP)
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help_heading(self.word(Message::new("cli-heading-options")));
        if long {
            arg.help(self.word(Message::new("cli-arg-help.more")))
                .long_help(self.word(Message::new("cli-arg-help.less")))
        } else {
            arg.help(self.word(Message::new("cli-arg-help")))
        }
    }

    /// The usage line after its heading, as clap writes it but with our
    /// placeholders: `ocop new [OPTIONS] <KIND> <NAME>`. `typed` is the
    /// command as typed (`ocop new`), `options` whether it has any.
    fn usage(&self, cmd: &Command, typed: &str, options: bool) -> StyledStr {
        let styles = cmd.get_styles();
        let (literal, placeholder) = (styles.get_literal(), styles.get_placeholder());
        let mut usage = format!("{literal}{typed}{literal:#}");
        let mut place =
            |text: String| usage.push_str(&format!(" {placeholder}{text}{placeholder:#}"));
        if options {
            place(format!(
                "[{}]",
                self.word(Message::new("cli-value-options"))
            ));
        }
        for arg in cmd.get_positionals() {
            let name = arg
                .get_value_names()
                .and_then(|n| n.first())
                .map_or_else(|| arg.get_id().as_str().to_uppercase(), ToString::to_string);
            let many = if arg.get_num_args().is_some_and(|n| n.max_values() > 1) {
                "..."
            } else {
                ""
            };
            place(if arg.is_required_set() {
                format!("<{name}>{many}")
            } else {
                format!("[{name}]{many}")
            });
        }
        if cmd.has_subcommands() {
            let name = self.word(Message::new("cli-value-command"));
            place(if cmd.is_subcommand_required_set() {
                format!("<{name}>")
            } else {
                format!("[{name}]")
            });
        }
        usage.into()
    }

    /// clap's help layout with our heading for the usage line (clap's
    /// template would write "Usage:").
    fn template(&self, cmd: &Command) -> StyledStr {
        let style = cmd.get_styles().get_usage();
        let heading = self.word(Message::new("cli-heading-usage"));
        format!(
            "{{before-help}}{{about-with-newline}}\n{style}{heading}:{style:#} {{usage}}\n\n{{all-args}}{{after-help}}"
        )
        .into()
    }
}

#[cfg(test)]
mod tests;

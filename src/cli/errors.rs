//! Mistakes on the command line in the tool's words. clap finds them (an
//! option that does not exist, a value it does not take, a missing name)
//! and says them in English; [`explain`] reads what clap found (the kind of
//! error and its context: the argument, the value, the allowed values,
//! clap's suggestion) and says it with the catalogues' words, followed by
//! the command whose help to read.

use std::ffi::OsString;

use clap::Command;
use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::content::DateGuess;
use crate::messages::{Lang, Message};

use super::argv;

/// A mistake on the command line, in the tool's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explained {
    /// What is wrong.
    pub message: Message,
    /// What to do, when there is more to say than "read the help": clap's
    /// suggestion, the allowed values or the help of the argument.
    pub help: Option<Message>,
    /// The command whose help to read, as typed (`ocop build`).
    pub command: String,
}

impl Explained {
    /// The lines for the terminal, each ending in a newline: "error: …",
    /// "help: …" (if any), "for help: ocop build --help".
    pub fn render(&self, lang: Lang) -> String {
        let mut text = Message::new("cli-error")
            .arg("message", self.message.clone())
            .render(lang);
        text.push('\n');
        if let Some(help) = &self.help {
            text.push_str(
                &Message::new("report-help")
                    .arg("help", help.clone())
                    .render(lang),
            );
            text.push('\n');
        }
        let see = Message::new("cli-see-help").arg("command", self.command.as_str());
        text.push_str(&see.render(lang));
        text.push('\n');
        text
    }
}

/// The command line `args` written again with straight quotes, when a
/// word of it has curly ones (“Mật ong rừng”, as Zalo and Word write them,
/// which the shell does not take for quotes): `ocop new product "Mật ong
/// rừng"`. `None` when no word has one.
fn straightened(args: &[OsString]) -> Option<String> {
    const CURLY: [char; 5] = ['“', '”', '„', '‘', '’'];
    let words: Vec<String> = args
        .iter()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    if !words.iter().any(|w| w.contains(CURLY)) {
        return None;
    }
    let words: Vec<String> = words.iter().map(|w| with_minus_signs(w)).collect();
    let line = words.join(" ").replace(CURLY, "\"");
    Some(format!("ocop {line}"))
}

/// `word` with a leading long dash (`–commune`, Word's "--") written as two
/// minus signs; any other word as it is.
fn with_minus_signs(word: &str) -> String {
    match word.strip_prefix(['–', '—']) {
        Some(option) => format!("--{}", option.trim_start_matches(['–', '—', '-'])),
        None => word.to_owned(),
    }
}

/// `error`, which clap found in the command line `args` (the program name
/// first) with `cmd` (built, with the words of [`super::help::localise`]),
/// in the tool's words. `None` for what is not a mistake (help and version)
/// and for the kinds rare enough to leave to clap's own words (and to the
/// localised help, which `ocop` alone prints).
pub fn explain(error: &clap::Error, cmd: &Command, args: &[OsString]) -> Option<Explained> {
    let path = argv::subcommands(cmd, args);
    let here = path.last().map_or(cmd, |(_, c)| *c);
    let command = std::iter::once(cmd.get_name())
        .chain(path.iter().map(|(_, c)| c.get_name()))
        .collect::<Vec<_>>()
        .join(" ");
    let text = |kind| match error.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    };
    let texts = |kind| match error.get(kind) {
        Some(ContextValue::String(s)) => Some(vec![s.clone()]),
        Some(ContextValue::Strings(v)) => Some(v.clone()),
        _ => None,
    };
    let suggest = |kind| {
        texts(kind)
            .and_then(|v| v.into_iter().next())
            .map(|s| Message::new("cli-error-suggest").arg("suggestion", s))
    };
    let commands = || {
        let names: Vec<&str> = here
            .get_subcommands()
            .filter(|c| !c.is_hide_set())
            .map(Command::get_name)
            .collect();
        Message::new("cli-error-commands").arg("commands", names.join(", "))
    };
    let (message, help) = match error.kind() {
        ErrorKind::UnknownArgument => {
            let arg = text(ContextKind::InvalidArg)?;
            if arg.starts_with('-') {
                let message = Message::new("cli-error-unknown-option")
                    .arg("command", command.as_str())
                    .arg("arg", arg);
                (message, suggest(ContextKind::SuggestedArg))
            } else if arg.starts_with(['–', '—']) {
                // Word, Zalo and phones turn "--" into a long dash.
                let fixed = with_minus_signs(&arg);
                let message = Message::new("cli-error-long-dash").arg("arg", arg);
                (
                    message,
                    Some(Message::new("cli-error-long-dash.help").arg("fixed", fixed)),
                )
            } else {
                let message = Message::new("cli-error-extra-word")
                    .arg("command", command.as_str())
                    .arg("arg", arg);
                let help = match straightened(args) {
                    Some(fixed) => Message::new("cli-error-curly-quotes").arg("fixed", fixed),
                    None => Message::new("cli-error-extra-word.help"),
                };
                (message, Some(help))
            }
        }
        ErrorKind::InvalidValue => {
            let arg = text(ContextKind::InvalidArg)?;
            let value = text(ContextKind::InvalidValue)?;
            if value.is_empty() {
                let help = help_of(here, &arg);
                (
                    Message::new("cli-error-missing-value").arg("arg", arg),
                    help,
                )
            } else {
                let allowed = texts(ContextKind::ValidValue).filter(|v| !v.is_empty());
                let help = suggest(ContextKind::SuggestedValue).or_else(|| {
                    allowed.map(|v| Message::new("cli-possible-values").arg("values", v.join(", ")))
                });
                let message = Message::new("cli-error-invalid-value")
                    .arg("arg", arg)
                    .arg("value", value);
                (message, help)
            }
        }
        ErrorKind::ValueValidation => {
            let arg = text(ContextKind::InvalidArg)?;
            let value = text(ContextKind::InvalidValue)?;
            // A date written the Vietnamese way (20/3/2026): the same date,
            // written as the option takes it.
            let help = match crate::content::date_guess(&value) {
                Some(DateGuess::Real(date)) => Some(
                    Message::new("cli-error-date")
                        .arg("flag", arg.split_whitespace().next().unwrap_or_default())
                        .arg("example", date.to_string()),
                ),
                _ => help_of(here, &arg),
            };
            let message = Message::new("cli-error-invalid-value")
                .arg("arg", arg)
                .arg("value", value);
            (message, help)
        }
        ErrorKind::NoEquals => {
            let arg = text(ContextKind::InvalidArg)?;
            (Message::new("cli-error-no-equals").arg("arg", arg), None)
        }
        ErrorKind::MissingRequiredArgument => {
            let missing = texts(ContextKind::InvalidArg)?;
            // An example of the command shows the whole line to type (the
            // first that begins as the typed line, `ocop new commune`); the
            // argument's own help only says what it is.
            let typed: Vec<String> = args
                .iter()
                .skip(1)
                .map(|a| a.to_string_lossy().into_owned())
                .collect();
            let typed = format!("ocop {}", typed.join(" "));
            let example = here.get_after_help().and_then(|examples| {
                let examples = examples.to_string();
                let lines: Vec<&str> = examples
                    .lines()
                    .map(str::trim)
                    .filter(|l| l.starts_with("ocop "))
                    .collect();
                let line = lines
                    .iter()
                    .find(|l| l.starts_with(&typed))
                    .or(lines.first());
                line.map(|l| Message::new("cli-error-example").arg("example", *l))
            });
            let help = example.or_else(|| missing.first().and_then(|arg| help_of(here, arg)));
            let message = Message::new("cli-error-missing-argument")
                .arg("command", command.as_str())
                .arg("args", missing.join(", "));
            (message, help)
        }
        ErrorKind::InvalidSubcommand => {
            let name = text(ContextKind::InvalidSubcommand)?;
            let message = Message::new("cli-error-unknown-command")
                .arg("command", command.as_str())
                .arg("name", name);
            let help = suggest(ContextKind::SuggestedSubcommand).unwrap_or_else(commands);
            (message, Some(help))
        }
        ErrorKind::MissingSubcommand => {
            let message =
                Message::new("cli-error-missing-command").arg("command", command.as_str());
            (message, Some(commands()))
        }
        ErrorKind::ArgumentConflict => {
            let arg = text(ContextKind::InvalidArg)?;
            let message = match error.get(ContextKind::PriorArg)? {
                ContextValue::String(prior) if *prior == arg => {
                    Message::new("cli-error-repeated").arg("arg", arg)
                }
                ContextValue::String(prior) => Message::new("cli-error-conflict")
                    .arg("arg", arg)
                    .arg("other", prior.as_str()),
                ContextValue::Strings(prior) => Message::new("cli-error-conflict")
                    .arg("arg", arg)
                    .arg("other", prior.join(", ")),
                _ => return None,
            };
            (message, None)
        }
        ErrorKind::TooManyValues => {
            let arg = text(ContextKind::InvalidArg)?;
            let value = text(ContextKind::InvalidValue)?;
            let message = Message::new("cli-error-too-many-values")
                .arg("arg", arg)
                .arg("value", value);
            (message, None)
        }
        _ => return None,
    };
    Some(Explained {
        message,
        help,
        command,
    })
}

/// The help of the argument of `cmd` that clap shows as `shown`
/// (`--today <DATE>`, `<NAME>`): what it takes.
fn help_of(cmd: &Command, shown: &str) -> Option<Message> {
    let arg = cmd.get_arguments().find(|a| a.to_string() == shown)?;
    let help = arg.get_help()?.to_string();
    Some(
        Message::new("cli-error-about-arg")
            .arg("arg", shown)
            .arg("help", help),
    )
}

#[cfg(test)]
mod tests;

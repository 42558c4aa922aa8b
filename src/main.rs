//! The `ocop` command line: parses arguments and calls the library.

use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use codespan_reporting::term::termcolor::{ColorChoice, StandardStream};
use jiff::civil::Date;

use ocop::build::{BuildError, Options, Report};
use ocop::content::Section;
use ocop::diagnostics::{Code, Diagnostics};
use ocop::messages::{Lang, Message};
use ocop::print_command::{PrintError, PrintKind, PrintOptions};

// The words of `--help` (what each command and option is for, the
// examples) are in the catalogues, src/messages/*.ftl (`cli-…` ids, see
// `ocop::cli::help`), in both languages; the derive below only gives the
// shape. `every_command_and_option_has_its_words` keeps them in step.
#[derive(Parser)]
#[command(name = "ocop", version, about, long_about = None)]
struct Cli {
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    lang: Option<LangArg>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum LangArg {
    Vi,
    En,
}

#[derive(Subcommand)]
enum Command {
    Build {
        #[command(flatten)]
        common: Common,
        #[arg(long, value_name = "DIR")]
        output: Option<PathBuf>,
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
        #[arg(long)]
        timings: bool,
    },
    Check {
        #[command(flatten)]
        common: Common,
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        #[arg(long)]
        deny_warnings: bool,
    },
    Serve {
        #[command(flatten)]
        common: Common,
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        #[arg(long, default_value_t = 1111)]
        port: u16,
        #[arg(long)]
        open: bool,
        #[arg(long)]
        poll: bool,
    },
    Print {
        #[command(flatten)]
        common: Common,
        #[arg(long, value_enum, value_delimiter = ',', value_name = "KIND")]
        only: Vec<OnlyArg>,
        #[arg(long, value_delimiter = ',', value_name = "SLUGS")]
        products: Vec<String>,
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
    New {
        #[arg(value_enum)]
        kind: Kind,
        name: String,
        #[arg(long, value_name = "SLUG")]
        commune: Option<String>,
        #[arg(long, value_name = "DIR", default_value = ".")]
        root: PathBuf,
    },
}

#[derive(clap::Args)]
struct Common {
    #[arg(long, value_name = "DIR", default_value = ".")]
    root: PathBuf,
    #[arg(long, value_name = "DATE")]
    today: Option<Date>,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Format {
    Human,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum OnlyArg {
    Catalogue,
    Cards,
    Prices,
}

#[derive(Clone, Copy, ValueEnum)]
enum Kind {
    Product,
    Producer,
    Commune,
    Tourism,
}

fn main() -> ExitCode {
    // The language is chosen before parsing, so that `--help` and the
    // mistakes on the command line are in it too (`--lang` is read there).
    let args: Vec<OsString> = std::env::args_os().collect();
    let lang = ocop::cli::language(&args);
    let cli: Cli = ocop::cli::parse(&args, lang);
    match cli.command {
        Command::Build {
            common,
            output,
            base_url,
            timings,
        } => {
            let mut options = Options::new(&common.root);
            options.output = output;
            options.base_url = base_url;
            options.today = common.today;
            options.progress = ocop::images::ProgressMode::Stderr(lang);
            if !common.root.is_dir() {
                say_error(lang, root_not_folder(&common.root));
                return ExitCode::from(2);
            }
            match ocop::build(&options) {
                Ok(report) => {
                    print_human_limited(&report.diagnostics, BUILD_SHOWS_PER_CODE, lang);
                    print_summary(&report, &options, lang);
                    if timings {
                        print_timings(&report, lang);
                    }
                    warn_example_base_url(&report.diagnostics, "build-example-base-url", lang);
                    ExitCode::SUCCESS
                }
                Err(BuildError::Content(diags)) => {
                    print_human(&diags, lang);
                    let line = Message::new("build-failed")
                        .count("errors", diags.error_count())
                        .count("warnings", diags.warning_count())
                        .arg("output", options.output_dir().display().to_string());
                    say_error(lang, line);
                    ExitCode::from(1)
                }
                Err(BuildError::Output {
                    output,
                    diagnostics,
                }) => {
                    print_human(&diagnostics, lang);
                    let line = Message::new("build-output-failed")
                        .arg("name", output)
                        .count("errors", diagnostics.error_count())
                        .arg("output", options.output_dir().display().to_string());
                    say_error(lang, line);
                    ExitCode::from(1)
                }
                Err(BuildError::Write(e)) => {
                    say_error(lang, e.message());
                    ExitCode::from(2)
                }
            }
        }
        Command::Check {
            common,
            format,
            deny_warnings,
        } => {
            if !common.root.is_dir() {
                say_error(lang, root_not_folder(&common.root));
                return ExitCode::from(2);
            }
            let mut options = Options::new(&common.root);
            options.today = common.today;
            let report = ocop::check(&options);
            let d = &report.diagnostics;
            match format {
                Format::Json => {
                    let mut out = std::io::stdout().lock();
                    let _ = d.emit_json(&mut out, lang);
                }
                Format::Human => {
                    print_human_limited(d, CHECK_SHOWS_PER_CODE, lang);
                    print_coverage(&report, lang);
                    let counts = Message::new("check-counts")
                        .count("errors", d.error_count())
                        .count("warnings", d.warning_count());
                    eprintln!("{}", counts.render(lang));
                }
            }
            if d.has_errors() || (deny_warnings && d.warning_count() > 0) {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        Command::Serve {
            common,
            bind,
            port,
            open,
            poll,
        } => {
            if !common.root.join("content").is_dir() {
                let line =
                    Message::new("serve-no-content").arg("root", common.root.display().to_string());
                say_error(lang, line);
                return ExitCode::from(2);
            }
            let options = ocop::serve::ServeOptions {
                root: common.root,
                bind,
                port,
                open,
                poll,
                today: common.today,
                lang,
            };
            match ocop::serve::serve(options) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    say_error(lang, e.message());
                    ExitCode::from(2)
                }
            }
        }
        Command::Print {
            common,
            only,
            products,
            out,
        } => {
            if !common.root.is_dir() {
                say_error(lang, root_not_folder(&common.root));
                return ExitCode::from(2);
            }
            let mut options = PrintOptions::new(&common.root);
            options.project.today = common.today;
            options.project.progress = ocop::images::ProgressMode::Stderr(lang);
            options.only = only
                .into_iter()
                .map(|kind| match kind {
                    OnlyArg::Catalogue => PrintKind::Catalogue,
                    OnlyArg::Cards => PrintKind::Cards,
                    OnlyArg::Prices => PrintKind::Prices,
                })
                .collect();
            options.products = products;
            options.out = out;
            match ocop::print_command::print(&options) {
                Ok(report) => {
                    // Which products reach Google and Meta is no concern
                    // of a print run.
                    let shown = report.diagnostics.filtered(|d| d.code != Code::NotInFeeds);
                    print_human_limited(&shown, BUILD_SHOWS_PER_CODE, lang);
                    for line in &report.summary {
                        println!("{}", line.render(lang));
                    }
                    warn_example_base_url(&report.diagnostics, "print-example-base-url", lang);
                    ExitCode::SUCCESS
                }
                Err(PrintError::Content(diags) | PrintError::Output(diags)) => {
                    print_human(&diags, lang);
                    let line = Message::new("print-failed")
                        .count("errors", diags.error_count())
                        .count("warnings", diags.warning_count())
                        .arg("folder", options.out_dir().display().to_string());
                    say_error(lang, line);
                    ExitCode::from(1)
                }
                Err(PrintError::Write(e)) => {
                    say_error(lang, e.message());
                    ExitCode::from(2)
                }
            }
        }
        Command::New {
            kind,
            name,
            commune,
            root,
        } => {
            let section = match kind {
                Kind::Product => Section::Products,
                Kind::Producer => Section::Producers,
                Kind::Commune => Section::Communes,
                Kind::Tourism => Section::Tourism,
            };
            match ocop::scaffold::new_in_catalogue(&root, section, &name, commune.as_deref()) {
                Ok(made) => {
                    let folder = made.dir.display().to_string();
                    let created = Message::new("new-created").arg("folder", folder.as_str());
                    println!("{}", created.render(lang));
                    for other in &made.look_alikes {
                        let note = Message::new("new-look-alike")
                            .arg("section", section.dir_name())
                            .arg("other", other.as_str())
                            .arg("folder", folder.as_str());
                        println!("{}", note.render(lang));
                    }
                    println!("{}", Message::new("new-next").render(lang));
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    say_error(lang, e.message());
                    ExitCode::from(1)
                }
            }
        }
    }
}

/// Ends a run whose `base_url` is still an example address with the line
/// `id` ("NOTE: the QR codes … lead nowhere"): printed cards and shared
/// links cannot be fixed later, and the warning alone is easy to miss.
fn warn_example_base_url(diags: &Diagnostics, id: &'static str, lang: Lang) {
    if diags.items().iter().any(|d| d.code == Code::ExampleBaseUrl) {
        eprintln!("{}", Message::new(id).render(lang));
    }
}

/// Prints `message` on standard error after "error: " (in `lang`).
fn say_error(lang: Lang, message: Message) {
    let line = Message::new("cli-error").arg("message", message);
    eprintln!("{}", line.render(lang));
}

fn root_not_folder(root: &std::path::Path) -> Message {
    Message::new("cli-root-not-folder").arg("root", root.display().to_string())
}

/// Warnings of one kind that `build` shows before summarising the rest.
const BUILD_SHOWS_PER_CODE: usize = 5;
/// Warnings of one kind that `check` shows before summarising the rest
/// (`check --format json` lists them all).
const CHECK_SHOWS_PER_CODE: usize = 20;

fn print_human(diags: &Diagnostics, lang: Lang) {
    print_human_limited(diags, usize::MAX, lang);
}

fn print_human_limited(diags: &Diagnostics, per_code: usize, lang: Lang) {
    let choice = if std::io::stderr().is_terminal() {
        ColorChoice::Auto
    } else {
        ColorChoice::Never
    };
    let mut err = StandardStream::stderr(choice);
    let _ = diags.emit_human_limited(&mut err, per_code, lang);
}

/// "translated into en: products 21/23, producers 9/9, …", one line per
/// non-default language.
fn coverage_lines(report: &Report, lang: Lang) -> Vec<String> {
    let mut langs: Vec<&str> = Vec::new();
    for s in &report.sections {
        for (l, _) in &s.translated {
            if !langs.contains(&l.as_str()) {
                langs.push(l);
            }
        }
    }
    langs
        .into_iter()
        .map(|site_lang| {
            let parts: Vec<String> = report
                .sections
                .iter()
                .map(|s| {
                    let done = s
                        .translated
                        .iter()
                        .find(|(l, _)| l == site_lang)
                        .map_or(0, |(_, n)| *n);
                    Message::new("summary-section-done")
                        .arg("section", s.section.dir_name())
                        .count("done", done)
                        .count("total", s.total)
                        .render(lang)
                })
                .collect();
            Message::new("summary-translated")
                .arg("lang", site_lang)
                .arg("parts", parts.join(", "))
                .render(lang)
        })
        .collect()
}

fn print_coverage(report: &Report, lang: Lang) {
    for line in coverage_lines(report, lang) {
        eprintln!("{line}");
    }
}

/// "timings (ms): load 160, resolve 13, images 2, check 40, pages 700, …,
/// write 29, total 1061": the stages, each output, the swap.
fn print_timings(report: &Report, lang: Lang) {
    let t = &report.timings;
    let ms = |d: std::time::Duration| format!("{:.0}", d.as_secs_f64() * 1000.0);
    let mut parts = vec![
        ("load", ms(t.load)),
        ("resolve", ms(t.resolve)),
        ("images", ms(t.images)),
        ("check", ms(t.check)),
    ];
    parts.extend(t.outputs.iter().map(|(name, d)| (*name, ms(*d))));
    parts.push(("write", ms(t.write)));
    parts.push(("total", ms(report.elapsed)));
    let parts: Vec<String> = parts
        .into_iter()
        .map(|(name, value)| format!("{name} {value}"))
        .collect();
    let line = Message::new("summary-timings").arg("parts", parts.join(", "));
    println!("{}", line.render(lang));
    let im = report.images;
    if im.photos > 0 {
        let line = Message::new("summary-photos-detail")
            .count("decoded", im.decoded)
            .count("encoded", im.encoded)
            .count("cached", im.from_cache)
            .count("webp", im.webp_dropped)
            .count("pruned", im.pruned);
        println!("{}", line.render(lang));
    }
}

fn print_summary(report: &Report, options: &Options, lang: Lang) {
    let mut out = std::io::stdout().lock();
    let records: Vec<String> = report
        .sections
        .iter()
        .map(|s| {
            Message::new("summary-section-count")
                .count("count", s.total)
                .arg("section", s.section.dir_name())
                .render(lang)
        })
        .collect();
    let line = Message::new("summary-records").arg("parts", records.join(", "));
    let _ = writeln!(out, "{}", line.render(lang));
    for line in coverage_lines(report, lang) {
        let _ = writeln!(out, "{line}");
    }
    for line in &report.summary {
        let _ = writeln!(out, "{}", line.render(lang));
    }
    let im = report.images;
    if im.photos > 0 {
        let line = Message::new("summary-photos")
            .count("photos", im.photos)
            .count("encoded", im.encoded)
            .count("cached", im.from_cache);
        let _ = writeln!(out, "{}", line.render(lang));
    }
    if let Some(w) = report.written {
        let mb = one_decimal(w.bytes as f64 / 1_000_000.0, lang);
        let line = Message::new("summary-output")
            .arg("output", options.output_dir().display().to_string())
            .count("files", w.files)
            .arg("mb", mb)
            .count("changed", w.changed)
            .count("removed", w.removed);
        let _ = writeln!(out, "{}", line.render(lang));
    }
    let line = Message::new("summary-built")
        .count("warnings", report.diagnostics.warning_count())
        .arg("seconds", one_decimal(report.elapsed.as_secs_f64(), lang));
    let _ = writeln!(out, "{}", line.render(lang));
}

/// `value` with one decimal and the decimal mark of `lang` ("37,0" in
/// Vietnamese, "37.0" in English).
fn one_decimal(value: f64, lang: Lang) -> String {
    let text = format!("{value:.1}");
    match lang {
        Lang::Vi => text.replace('.', ","),
        _ => text,
    }
}

/// The help's words come from the catalogues (`cli-…` ids, `ocop::cli`);
/// the doc comments and examples above are only clap's fallback, never shown
/// while this test passes.
#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    /// Every command, option and placeholder has its words in both
    /// catalogues (a new one fails here, naming the ids to add).
    #[test]
    fn every_command_and_option_has_its_words() {
        let missing = ocop::cli::help::missing(&super::Cli::command());
        assert!(missing.is_empty(), "add to the catalogues: {missing:#?}");
    }
}

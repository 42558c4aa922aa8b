//! The `Output` trait: one kind of file the site publishes (the pages, the
//! search index, the kiosk, a feed…), made from the read-only [`Site`].
//!
//! Every output has two steps:
//! - [`Output::check`]: its own cheap validation, diagnostics only, nothing
//!   written. `build` and `check` run it, and `serve` runs it after every
//!   save, so the three report the same problems;
//! - [`Output::write`]: its files into a [`Sink`], and the lines it adds to
//!   the build summary. `build` runs it once every check has passed.
//!
//! The list of outputs is [`crate::build::outputs`]. A command that writes
//! somewhere else than `output/` (a spreadsheet export, a print pack for a
//! fair) runs an output's `check` and `write` with a sink of its own.

use crate::diagnostics::Diagnostic;
use crate::messages::Message;
use crate::site::Site;
use crate::write::Sink;

/// How `ocop serve` shows an output while the user edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preview {
    /// Rendered file by file when the browser asks for one (the pages).
    OnRequest,
    /// Written whole into memory when one of its files is first asked for,
    /// once per rebuild (the search index, the kiosk, the feeds).
    InMemory,
    /// Not made by `serve`: expensive and not browsed live (a print pack,
    /// spreadsheets). `build` writes it; `serve` still runs its check.
    BuildOnly,
}

/// One kind of file the site publishes. See the module documentation.
pub trait Output: Send + Sync {
    /// Short kebab-case name, in timings and failure messages: `pages`,
    /// `kiosk`, `google-merchant`.
    fn name(&self) -> &'static str;

    /// How `serve` shows it (by default written into memory on the first
    /// request of one of its files).
    fn preview(&self) -> Preview {
        Preview::InMemory
    }

    /// Validates what this output needs of `site` and returns the problems
    /// (errors stop the build before anything is written). Cheap: no
    /// rendering, no writing. By default there is nothing to check.
    fn check(&self, _site: &Site) -> Vec<Diagnostic> {
        Vec::new()
    }

    /// Writes the output's files into `sink`. Returns the lines it adds to
    /// the build summary (none, often), or the errors that stopped it (a
    /// template that fails, a file that cannot be written).
    fn write(&self, site: &Site, sink: &dyn Sink) -> Result<Vec<Message>, Vec<Diagnostic>>;
}

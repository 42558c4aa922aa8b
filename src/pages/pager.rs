//! The pager of a list page (issue #19): a window of page numbers, not a
//! link to every page. A 20,000-product site has lists of 834 pages; a link
//! to each on each of them made every list page quadratic in size and no
//! reader can use an 834-number pager. The window is the first page, the
//! last, the current ± [`RADIUS`], and an ellipsis for each run of pages
//! left out (the common pattern of, e.g., the GOV.UK design system's
//! pagination component).

use serde::Serialize;

/// Pages shown on each side of the current one.
pub const RADIUS: usize = 2;

/// A list page's pager, Zola-style fields (`current_index`,
/// `number_pagers`, …) with `pages` holding only the window.
#[derive(Debug, Clone, Serialize)]
pub struct Paginator {
    /// The current page, from 1.
    pub current_index: usize,
    /// How many pages the list has (at least 1).
    pub number_pagers: usize,
    /// How many records the whole list holds.
    pub total_items: usize,
    /// Root-relative URL of the first page.
    pub first: String,
    /// Root-relative URL of the last page.
    pub last: String,
    /// The page before, if any (`rel="prev"`).
    pub previous: Option<String>,
    /// The page after, if any (`rel="next"`).
    pub next: Option<String>,
    /// The numbers shown, in order, with gaps (see [`window`]).
    pub pages: Vec<PagerItem>,
}

/// One place of the pager: a page number, or an ellipsis for pages left out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum PagerItem {
    /// A page number; `current` is the page shown.
    Page {
        /// The page's number, from 1.
        index: usize,
        /// Root-relative URL of the page.
        url: String,
        /// True for the page being shown (`aria-current="page"`).
        current: bool,
    },
    /// Pages left out (one `…`).
    Gap,
}

impl Paginator {
    /// The pager of page `current` (from 1) of a list of `pages` pages
    /// holding `total_items` records; `url(n)` is page `n`'s URL.
    pub fn new(
        current: usize,
        pages: usize,
        total_items: usize,
        url: impl Fn(usize) -> String,
    ) -> Self {
        Self {
            current_index: current,
            number_pagers: pages,
            total_items,
            first: url(1),
            last: url(pages),
            previous: (current > 1).then(|| url(current - 1)),
            next: (current < pages).then(|| url(current + 1)),
            pages: window(pages, current)
                .into_iter()
                .map(|n| match n {
                    Some(index) => PagerItem::Page {
                        index,
                        url: url(index),
                        current: index == current,
                    },
                    None => PagerItem::Gap,
                })
                .collect(),
        }
    }
}

/// The page numbers a pager of `pages` pages shows on page `current`
/// (both from 1): 1, `pages`, and `current` ± [`RADIUS`], in order, with
/// `None` where pages are left out. A gap of a single page shows that page
/// instead (an ellipsis would take the same room and hide it), so a list of
/// up to 5 pages always shows every page.
pub fn window(pages: usize, current: usize) -> Vec<Option<usize>> {
    let lo = current.saturating_sub(RADIUS).max(1);
    let hi = (current + RADIUS).min(pages);
    let mut shown: Vec<usize> = Vec::with_capacity(2 * RADIUS + 3);
    shown.push(1);
    shown.extend(lo..=hi);
    shown.push(pages);
    shown.dedup(); // 1 ≤ lo ≤ hi ≤ pages: sorted, equal neighbours at most
    let mut out = Vec::with_capacity(shown.len() + 2);
    let mut last = 0;
    for n in shown {
        match n - last {
            1 => {}
            2 => out.push(Some(last + 1)),
            _ => out.push(None),
        }
        out.push(Some(n));
        last = n;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The window written as a pager reads: numbers and `…`.
    fn shown(pages: usize, current: usize) -> String {
        window(pages, current)
            .iter()
            .map(|n| n.map_or("…".to_owned(), |n| n.to_string()))
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn a_long_list_shows_first_last_and_two_each_side() {
        assert_eq!(shown(834, 400), "1 … 398 399 400 401 402 … 834");
        assert_eq!(shown(834, 1), "1 2 3 … 834");
        assert_eq!(shown(834, 2), "1 2 3 4 … 834");
        assert_eq!(shown(834, 834), "1 … 832 833 834");
        assert_eq!(shown(834, 833), "1 … 831 832 833 834");
    }

    #[test]
    fn a_gap_of_one_page_shows_the_page() {
        // 1 … 3 would hide only 2.
        assert_eq!(shown(834, 5), "1 2 3 4 5 6 7 … 834");
        assert_eq!(shown(834, 6), "1 … 4 5 6 7 8 … 834");
        assert_eq!(shown(834, 830), "1 … 828 829 830 831 832 833 834");
        assert_eq!(shown(8, 1), "1 2 3 … 8");
    }

    #[test]
    fn short_lists_show_every_page() {
        assert_eq!(shown(1, 1), "1");
        assert_eq!(shown(2, 2), "1 2");
        for current in 1..=5 {
            assert_eq!(shown(5, current), "1 2 3 4 5", "page {current}");
        }
        assert_eq!(shown(6, 1), "1 2 3 … 6");
        assert_eq!(shown(6, 3), "1 2 3 4 5 6");
    }

    #[test]
    fn the_pager_links_the_window_and_its_neighbours() {
        let p = Paginator::new(400, 834, 20_000, |n| format!("/products/page/{n}/"));
        assert_eq!(p.previous.as_deref(), Some("/products/page/399/"));
        assert_eq!(p.next.as_deref(), Some("/products/page/401/"));
        assert_eq!(p.last, "/products/page/834/");
        assert_eq!(p.pages.len(), 9);
        assert_eq!(p.pages[1], PagerItem::Gap);
        assert_eq!(
            p.pages[4],
            PagerItem::Page {
                index: 400,
                url: "/products/page/400/".to_owned(),
                current: true
            }
        );
        let first = Paginator::new(1, 1, 3, |_| "/products/".to_owned());
        assert_eq!((first.previous, first.next), (None, None));
    }
}

//! Which pages the site has, and where each lives: the home page, a page
//! per record, the paginated lists (per section, per OCOP group, per star
//! rating), the search page and the 404 page. The pages output renders
//! them, the sitemap lists them, `serve` finds them by URL.

use super::Site;
use super::urls::Urls;
use crate::content::Section;
use crate::model::Group;

/// Star ratings that have a list page: the OCOP-certified ratings.
pub const STAR_PAGES: [u8; 3] = [3, 4, 5];

/// One page of the site (each exists in every language, except
/// [`Page::NotFound`], of which there is one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    /// The home page.
    Home,
    /// The page of record `i` of a section (its position in the catalogue).
    Record(Section, usize),
    /// Page `n` (from 1) of a list.
    List(List, usize),
    /// The 404 page, `404.html` at the root.
    NotFound,
    /// The search page (issue #7).
    Search,
}

/// A paginated list of records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    /// Every record of a section (the tourism list also holds the tourism
    /// services of OCOP group 6).
    Section(Section),
    /// The products of an OCOP group.
    Group(Group),
    /// The products currently certified with this many stars.
    Stars(u8),
}

impl Page {
    /// The page's site path: `""` for the home page, `products/xoai/`,
    /// `groups/food/page/2/`, `search/`, `404.html`.
    pub fn rel(self, site: &Site) -> String {
        match self {
            Page::Home => String::new(),
            Page::Record(section, i) => {
                Urls::record(section, site.catalog().records(section).get(i).slug())
            }
            Page::List(list, n) => list.page_rel(n),
            Page::NotFound => "404.html".to_owned(),
            Page::Search => "search/".to_owned(),
        }
    }
}

impl List {
    /// The site path of the list's first page: `products/`, `groups/food/`,
    /// `stars/4/`.
    pub fn rel(self) -> String {
        match self {
            List::Section(s) => format!("{}/", s.dir_name()),
            List::Group(g) => format!("groups/{}/", g.as_str()),
            List::Stars(n) => format!("stars/{n}/"),
        }
    }

    /// The site path of page `n` (from 1): `groups/food/page/2/`.
    pub fn page_rel(self, n: usize) -> String {
        let base = self.rel();
        if n <= 1 {
            base
        } else {
            format!("{base}page/{n}/")
        }
    }

    /// Number of items the list holds.
    pub fn len(self, site: &Site) -> usize {
        let c = site.catalog();
        match self {
            List::Section(Section::Tourism) | List::Group(Group::Tourism) => {
                c.tourism.len() + c.products_in_group(Group::Tourism).len()
            }
            List::Section(s) => c.records(s).len(),
            List::Group(g) => c.products_in_group(g).len(),
            List::Stars(n) => c.products_with_stars(n).len(),
        }
    }

    /// Number of pages of the list (at least one, which may be empty).
    pub fn pages(self, site: &Site) -> usize {
        page_count(self.len(site), site.config().per_page)
    }

    /// Every list: the sections, the OCOP groups, the star ratings.
    pub fn all() -> Vec<List> {
        let mut lists: Vec<List> = Section::ALL.iter().map(|&s| List::Section(s)).collect();
        lists.extend(Group::ALL.iter().map(|&g| List::Group(g)));
        lists.extend(STAR_PAGES.iter().map(|&n| List::Stars(n)));
        lists
    }
}

/// Pages of `per_page` items needed for `items` (at least one).
pub fn page_count(items: usize, per_page: usize) -> usize {
    items.div_ceil(per_page).max(1)
}

impl Site {
    /// Every page of the site, in rendering order: home, 404, search, the
    /// records section by section, then every page of every list.
    pub fn pages(&self) -> Vec<Page> {
        let mut pages = vec![Page::Home, Page::NotFound, Page::Search];
        for section in Section::ALL {
            let n = self.catalog().records(section).len();
            pages.extend((0..n).map(|i| Page::Record(section, i)));
        }
        for list in List::all() {
            pages.extend((1..=list.pages(self)).map(|n| Page::List(list, n)));
        }
        pages
    }

    /// Which page, in which language, lives at `url_path` (root-relative,
    /// e.g. `/en/products/xoai/` or `/groups/food/page/2/index.html`).
    /// `None` when no page lives there (photos, static files and feeds are
    /// not pages).
    pub fn page_at(&self, url_path: &str) -> Option<(String, Page)> {
        let config = self.config();
        let mut rest = url_path
            .strip_prefix(
                self.urls()
                    .page(&config.default_language, "")
                    .trim_end_matches('/'),
            )?
            .trim_start_matches('/');
        if rest == "404.html" {
            return Some((config.default_language.clone(), Page::NotFound));
        }
        let mut lang = config.default_language.clone();
        for other in config.translations() {
            if rest == other {
                rest = "";
                lang = other.to_owned();
            } else if let Some(after) = rest.strip_prefix(other).and_then(|a| a.strip_prefix('/')) {
                rest = after;
                lang = other.to_owned();
            }
        }
        let rest = rest.strip_suffix("index.html").unwrap_or(rest);
        if !rest.is_empty() && !rest.ends_with('/') {
            return None;
        }
        let parts: Vec<&str> = rest.split('/').filter(|p| !p.is_empty()).collect();
        let list =
            |list: List, n: usize| (n >= 1 && n <= list.pages(self)).then_some(Page::List(list, n));
        let section = |name: &str| Section::ALL.into_iter().find(|s| s.dir_name() == name);
        let group = |code: &str| Group::ALL.iter().copied().find(|g| g.as_str() == code);
        let stars = |n: &str| n.parse::<u8>().ok().filter(|n| STAR_PAGES.contains(n));
        let page = match parts.as_slice() {
            [] => Some(Page::Home),
            ["search"] => Some(Page::Search),
            [s] => list(List::Section(section(s)?), 1),
            [s, "page", n] => list(List::Section(section(s)?), n.parse().ok()?),
            ["groups", g] => list(List::Group(group(g)?), 1),
            ["groups", g, "page", n] => list(List::Group(group(g)?), n.parse().ok()?),
            ["stars", n] => list(List::Stars(stars(n)?), 1),
            ["stars", n, "page", p] => list(List::Stars(stars(n)?), p.parse().ok()?),
            [s, slug] => {
                let s = section(s)?;
                self.catalog().position(s, slug).map(|i| Page::Record(s, i))
            }
            _ => None,
        }?;
        Some((lang, page))
    }
}

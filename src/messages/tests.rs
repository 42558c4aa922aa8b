use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use super::*;
use crate::diagnostics::Code;

/// Every message and attribute of a catalogue (`id`, `id.attribute`) with
/// the variables it uses.
fn catalogue(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(source).expect("the catalogue parses");
    let mut out = BTreeMap::new();
    for entry in resource.body {
        let Entry::Message(m) = entry else { continue };
        let mut vars = BTreeSet::new();
        if let Some(value) = &m.value {
            pattern_vars(value, &mut vars);
        }
        out.insert(m.id.name.to_owned(), vars);
        for a in &m.attributes {
            let mut vars = BTreeSet::new();
            pattern_vars(&a.value, &mut vars);
            out.insert(format!("{}.{}", m.id.name, a.id.name), vars);
        }
    }
    out
}

fn pattern_vars(pattern: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(expression: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_vars(inline, vars),
        Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
    }
}

fn inline_vars(inline: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

#[test]
fn both_languages_have_the_same_messages_attributes_and_variables() {
    let vi = catalogue(VI_FTL);
    let en = catalogue(EN_FTL);
    let only_vi: Vec<_> = vi.keys().filter(|k| !en.contains_key(*k)).collect();
    let only_en: Vec<_> = en.keys().filter(|k| !vi.contains_key(*k)).collect();
    assert!(only_vi.is_empty(), "only in vi.ftl: {only_vi:?}");
    assert!(only_en.is_empty(), "only in en.ftl: {only_en:?}");
    for (id, vars) in &vi {
        assert_eq!(
            vars, &en[id],
            "variables of `{id}`: vi {vars:?}, en {:?}",
            en[id]
        );
    }
    assert!(vi.len() > 100, "{} messages", vi.len());
}

#[test]
fn the_catalogues_parse_without_junk() {
    for source in [VI_FTL, EN_FTL] {
        if let Err((_, errors)) = fluent_syntax::parser::parse(source) {
            panic!("{errors:?}");
        }
    }
}

#[test]
fn every_code_has_its_message_with_its_help() {
    let en = catalogue(EN_FTL);
    for code in Code::ALL {
        let name = code.as_str();
        let ids: Vec<&String> = en
            .keys()
            .filter(|k| {
                let base = k.split('.').next().unwrap_or_default();
                base == name || base.strip_prefix(name).is_some_and(|r| r.starts_with('-'))
            })
            .collect();
        assert!(
            ids.iter().any(|k| !k.contains('.')),
            "no message for the code `{name}`"
        );
    }
}

#[test]
fn counts_are_grouped_in_each_language() {
    let m = Message::new("summary-more")
        .count("count", 19_961u64)
        .arg("what", Message::new("noun-products"));
    assert_eq!(
        m.render(Lang::Vi),
        "… và 19.961 sản phẩm khác; ocop check --format json liệt kê đủ"
    );
    assert_eq!(
        m.render(Lang::En),
        "… and 19,961 more products; `ocop check --format json` lists them all"
    );
}

#[test]
fn no_isolation_marks_around_variables() {
    let text = Message::new("unknown-key-suggest")
        .arg("key", "prcie")
        .render(Lang::En);
    assert_eq!(text, "unknown field `prcie`");
    assert!(!text.contains('\u{2068}') && !text.contains('\u{2069}'));
}

#[test]
fn the_language_is_chosen_in_order() {
    let none = [None, None, None];
    assert_eq!(Lang::choose(None, None, None, none), Lang::Vi);
    assert_eq!(
        Lang::choose(Some(Lang::En), Some("vi"), Some("vi"), none),
        Lang::En
    );
    assert_eq!(Lang::choose(None, Some("en"), Some("vi"), none), Lang::En);
    assert_eq!(Lang::choose(None, None, Some("en"), none), Lang::En);
    // An OCOP_LANG the tool does not speak is no preference.
    assert_eq!(Lang::choose(None, Some("fr"), Some("en"), none), Lang::En);
    // The locale: LC_ALL before LC_MESSAGES before LANG.
    let en_us = Some("en_US.UTF-8");
    assert_eq!(
        Lang::choose(None, None, None, [None, en_us, Some("vi_VN")]),
        Lang::En
    );
    assert_eq!(
        Lang::choose(None, None, None, [Some("vi_VN.UTF-8"), en_us, None]),
        Lang::Vi
    );
    // "C" and "POSIX" say nothing about the language: Vietnamese.
    assert_eq!(
        Lang::choose(None, None, None, [Some("C"), en_us, None]),
        Lang::Vi
    );
    assert_eq!(
        Lang::choose(None, None, None, [None, None, Some("POSIX")]),
        Lang::Vi
    );
    // The catalogue's language comes before the locale.
    assert_eq!(
        Lang::choose(None, None, Some("vi"), [en_us, None, None]),
        Lang::Vi
    );
}

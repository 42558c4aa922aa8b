//! The tera function `picture(img=…)`: a photo's responsive variants as one
//! `<picture>` element. Templates never assemble `srcset` by hand.
//!
//! ```text
//! {{ picture(img=product.images | first, sizes="(min-width: 800px) 50vw, 100vw",
//!            class="photo-main", eager=true) }}
//! {{ picture(img=p.image, thumb=true, class="card-img", alt="") }}
//! ```
//!
//! Arguments: `img` (an image view: `product.images[i]`, `card.image`,
//! `page.image`; `null` gives an empty string), `sizes` (default `100vw`),
//! `class` (on the `<img>`), `alt` (replaces the record's alt text, e.g.
//! `""` for a decorative card photo), `eager` (the first, above-the-fold
//! photo: no lazy loading, high fetch priority), `thumb` (the square
//! thumbnail instead of the responsive widths).

use std::collections::HashMap;

use tera::{Result, Value};

use crate::text::escape_html;

/// The `picture` function.
pub(super) struct PictureFn;

fn text<'a>(args: &'a HashMap<String, Value>, name: &str) -> Result<Option<&'a str>> {
    match args.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(other) => Err(format!("picture(): `{name}` must be a string, not {other}").into()),
    }
}

fn flag(args: &HashMap<String, Value>, name: &str) -> Result<bool> {
    match args.get(name) {
        None | Some(Value::Null) => Ok(false),
        Some(Value::Bool(b)) => Ok(*b),
        Some(other) => {
            Err(format!("picture(): `{name}` must be true or false, not {other}").into())
        }
    }
}

fn field<'a>(v: &'a Value, name: &str) -> Result<&'a Value> {
    v.get(name).ok_or_else(|| {
        format!("picture(): `img` has no `{name}`; pass an image view such as product.images[0]")
            .into()
    })
}

fn string<'a>(v: &'a Value, name: &str) -> Result<&'a str> {
    field(v, name)?
        .as_str()
        .ok_or_else(|| format!("picture(): `img.{name}` is not a string").into())
}

fn number(v: &Value, name: &str) -> Result<u64> {
    field(v, name)?
        .as_u64()
        .ok_or_else(|| format!("picture(): `img.{name}` is not a number").into())
}

impl tera::Function for PictureFn {
    fn call(&self, args: &HashMap<String, Value>) -> Result<Value> {
        let img = match args.get("img") {
            Some(Value::Null) => return Ok(Value::String(String::new())),
            Some(v @ Value::Object(_)) => v,
            Some(other) => {
                return Err(format!("picture(): `img` must be an image view, not {other}").into());
            }
            None => return Err("picture() needs img=… (an image view)".into()),
        };
        let thumb = flag(args, "thumb")?;
        let eager = flag(args, "eager")?;
        let sizes = text(args, "sizes")?.unwrap_or("100vw");
        let class = text(args, "class")?.unwrap_or("");
        let alt = match text(args, "alt")? {
            Some(a) => a,
            None => string(img, "alt")?,
        };
        let mut html = String::with_capacity(512);
        html.push_str("<picture>");
        let (src, srcset, width, height) = if thumb {
            let t = field(img, "thumb")?;
            if let Some(webp) = t.get("webp").and_then(Value::as_str) {
                html.push_str(&format!(
                    "<source type=\"image/webp\" srcset=\"{}\">",
                    escape_html(webp)
                ));
            }
            (
                string(t, "src")?,
                None,
                number(t, "width")?,
                number(t, "height")?,
            )
        } else {
            if let Some(webp) = img.get("srcset_webp").and_then(Value::as_str) {
                html.push_str(&format!(
                    "<source type=\"image/webp\" srcset=\"{}\" sizes=\"{}\">",
                    escape_html(webp),
                    escape_html(sizes)
                ));
            }
            (
                string(img, "src")?,
                Some(string(img, "srcset")?),
                number(img, "width")?,
                number(img, "height")?,
            )
        };
        html.push_str("<img");
        if !class.is_empty() {
            html.push_str(&format!(" class=\"{}\"", escape_html(class)));
        }
        html.push_str(&format!(" src=\"{}\"", escape_html(src)));
        if let Some(srcset) = srcset {
            html.push_str(&format!(
                " srcset=\"{}\" sizes=\"{}\"",
                escape_html(srcset),
                escape_html(sizes)
            ));
        }
        html.push_str(&format!(
            " width=\"{width}\" height=\"{height}\" alt=\"{}\"",
            escape_html(alt)
        ));
        if eager {
            html.push_str(" fetchpriority=\"high\"");
        } else {
            html.push_str(" loading=\"lazy\"");
        }
        html.push_str(" decoding=\"async\"></picture>");
        Ok(Value::String(html))
    }

    fn is_safe(&self) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use tera::Function;

    fn view() -> Value {
        json!({
            "src": "/p/x/photo-640w.t.jpg",
            "srcset": "/p/x/photo-320w.t.jpg 320w, /p/x/photo-640w.t.jpg 640w",
            "srcset_webp": "/p/x/photo-320w.t.webp 320w, /p/x/photo-640w.t.jpg 640w",
            "width": 640, "height": 480, "alt": "Xoài \"cát\" & <hoà>",
            "thumb": {"src": "/p/x/photo-thumb.t.jpg", "webp": "/p/x/photo-thumb.t.webp", "width": 480, "height": 480},
        })
    }

    fn call(pairs: &[(&str, Value)]) -> String {
        let args: HashMap<String, Value> = pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), v.clone()))
            .collect();
        PictureFn.call(&args).unwrap().as_str().unwrap().to_owned()
    }

    #[test]
    fn lazy_responsive_picture() {
        let html = call(&[
            ("img", view()),
            ("sizes", json!("50vw")),
            ("class", json!("a")),
        ]);
        assert_eq!(
            html,
            "<picture><source type=\"image/webp\" srcset=\"/p/x/photo-320w.t.webp 320w, /p/x/photo-640w.t.jpg 640w\" sizes=\"50vw\">\
             <img class=\"a\" src=\"/p/x/photo-640w.t.jpg\" srcset=\"/p/x/photo-320w.t.jpg 320w, /p/x/photo-640w.t.jpg 640w\" sizes=\"50vw\" \
             width=\"640\" height=\"480\" alt=\"Xoài &quot;cát&quot; &amp; &lt;hoà&gt;\" loading=\"lazy\" decoding=\"async\"></picture>"
        );
    }

    #[test]
    fn eager_thumbnail_with_empty_alt() {
        let html = call(&[
            ("img", view()),
            ("thumb", json!(true)),
            ("eager", json!(true)),
            ("alt", json!("")),
        ]);
        assert_eq!(
            html,
            "<picture><source type=\"image/webp\" srcset=\"/p/x/photo-thumb.t.webp\">\
             <img src=\"/p/x/photo-thumb.t.jpg\" width=\"480\" height=\"480\" alt=\"\" fetchpriority=\"high\" decoding=\"async\"></picture>"
        );
    }

    #[test]
    fn null_image_is_empty_and_bad_arguments_are_explained() {
        assert_eq!(call(&[("img", Value::Null)]), "");
        let args: HashMap<String, Value> = [("img".to_owned(), json!("photo.jpg"))].into();
        assert!(
            PictureFn
                .call(&args)
                .unwrap_err()
                .to_string()
                .contains("image view")
        );
        let args: HashMap<String, Value> = [
            ("img".to_owned(), view()),
            ("eager".to_owned(), json!("yes")),
        ]
        .into();
        assert!(PictureFn.call(&args).is_err());
    }
}

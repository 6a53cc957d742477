//! Article and item files (`--articles`, `--items`): a JSON array of objects, or TOML with
//! `[[article]]` (or `[[item]]`) tables, of the entry type each provider declares. Parsing
//! only; covers are resolved by the caller.

use serde::de::DeserializeOwned;

use super::text::printable;

/// Which syntax a file is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    Json,
    Toml,
}

impl Syntax {
    /// By the file's extension, else by its first character (`[` is JSON).
    pub fn guess(extension: Option<&str>, text: &str) -> Syntax {
        match extension.map(str::to_ascii_lowercase).as_deref() {
            Some("json") => Syntax::Json,
            Some("toml") => Syntax::Toml,
            _ if text.trim_start().starts_with('[') && !text.trim_start().starts_with("[[") => {
                Syntax::Json
            }
            _ => Syntax::Toml,
        }
    }
}

/// Parses the entries (TOML: `[[table]]` tables); the error is a one-line description.
pub fn parse<T: DeserializeOwned>(
    text: &str,
    syntax: Syntax,
    table: &str,
) -> Result<Vec<T>, String> {
    match syntax {
        Syntax::Json => serde_json::from_str(text)
            .map_err(|e| format!("invalid JSON: {}", printable(&e.to_string(), MESSAGE_MAX))),
        Syntax::Toml => {
            let mut doc: toml::Table =
                toml::from_str(text).map_err(|e| format!("invalid TOML: {}", one_line(&e)))?;
            let key = table;
            let entries = doc
                .remove(key)
                .ok_or_else(|| format!("expected [[{key}]] tables"))?;
            if let Some(other) = doc.keys().next() {
                return Err(format!(
                    "unexpected key `{}`; expected only [[{key}]] tables",
                    printable(other, 64)
                ));
            }
            entries.try_into().map_err(|e: toml::de::Error| {
                format!(
                    "invalid [[{key}]]: {}",
                    printable(e.message().trim(), MESSAGE_MAX)
                )
            })
        }
    }
}

/// The most characters of a parser's message shown: it may quote the file's text.
const MESSAGE_MAX: usize = 200;

fn one_line(e: &toml::de::Error) -> String {
    let msg = printable(e.message().trim(), MESSAGE_MAX);
    match e.span() {
        Some(span) => format!("{msg} (at byte {})", span.start),
        None => msg,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::payload::youdu::{ArticleEntry, ItemEntry};

    #[test]
    fn json_and_toml_give_the_same_articles() {
        let json = r#"[{"title":"A","content":"x","cover":"a.png"},{"title":"B","content":"y","media_id":"m","show_front":true}]"#;
        let toml = "[[article]]\ntitle = \"A\"\ncontent = \"x\"\ncover = \"a.png\"\n\n[[article]]\ntitle = \"B\"\ncontent = \"y\"\nmedia_id = \"m\"\nshow_front = true\n";
        let a: Vec<ArticleEntry> = parse(json, Syntax::guess(None, json), "article").unwrap();
        let b: Vec<ArticleEntry> = parse(toml, Syntax::guess(None, toml), "article").unwrap();
        assert_eq!(a, b);
        assert_eq!(a.len(), 2);
        assert_eq!(a[1].show_front, Some(true));
    }

    /// fuzz/seeds/article_file/regression-newline-in-field-name: serde quoted an unknown field
    /// name with its line breaks, making a message of several lines.
    #[test]
    fn errors_are_one_line_whatever_the_file_holds() {
        let json = format!(r#"[{{"title":"A","con\ntent{}":1}}]"#, "\\".repeat(500));
        let e = parse::<ArticleEntry>(&json, Syntax::Json, "article").unwrap_err();
        assert!(!e.contains('\n') && e.chars().count() < 300, "{e}");
        let toml = format!("[[article]]\n\"a\\nb{}\" = 1\n", "x".repeat(500));
        let e = parse::<ArticleEntry>(&toml, Syntax::Toml, "article").unwrap_err();
        assert!(!e.contains('\n') && e.chars().count() < 300, "{e}");
        let e = parse::<ArticleEntry>("\"a\\nb\" = 1", Syntax::Toml, "article").unwrap_err();
        assert!(!e.contains('\n'), "{e}");
    }

    #[test]
    fn items_parse_from_item_tables() {
        let toml = "[[item]]\ntitle = \"Dash\"\nurl = \"https://d\"\n";
        let items: Vec<ItemEntry> = parse(toml, Syntax::Toml, "item").unwrap();
        assert_eq!(items[0].url, "https://d");
    }

    #[test]
    fn mistakes_are_named() {
        let e = parse::<ArticleEntry>(r#"[{"title":"A"}]"#, Syntax::Json, "article").unwrap_err();
        assert!(e.contains("missing field `content`"), "{e}");
        let e = parse::<ArticleEntry>(
            "[[article]]\ntitle = \"A\"\ncontent = \"x\"\nurl = 1\n",
            Syntax::Toml,
            "article",
        )
        .unwrap_err();
        assert!(e.contains("unknown field `url`"), "{e}");
        assert!(parse::<ArticleEntry>("title = 1", Syntax::Toml, "article").is_err());
        let e = parse::<ItemEntry>(
            "[[article]]\ntitle = \"A\"\nurl = \"u\"\n",
            Syntax::Toml,
            "item",
        )
        .unwrap_err();
        assert_eq!(e, "expected [[item]] tables");
    }
}

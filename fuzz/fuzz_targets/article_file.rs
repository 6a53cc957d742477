//! The `--articles` / `--items` file parser (TOML or JSON): any text gives entries or one
//! error line.
#![no_main]

use corpmsg::payload::files::{self, Syntax};
use corpmsg::payload::youdu::{ArticleEntry, ItemEntry};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for syntax in [Syntax::guess(None, text), Syntax::Json, Syntax::Toml] {
        if let Err(e) = files::parse::<ArticleEntry>(text, syntax, "article") {
            assert!(!e.contains('\n'), "{e:?}");
        }
        if let Err(e) = files::parse::<ItemEntry>(text, syntax, "item") {
            assert!(!e.contains('\n'), "{e:?}");
        }
    }
});

//! The config file parser: any text gives profiles or one error line, and a parsed profile
//! shown by `config show` is valid TOML that names the same profile.
#![no_main]

use std::path::Path;

use corpmsg::config::{self, Overrides};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let env = Overrides::default();
    let path = Path::new("/etc/corpmsg/config.toml");
    match config::parse(text, path, &env) {
        Ok(file) => {
            for (name, profile) in &file.profiles {
                let shown = profile.to_masked_toml(&env);
                let table: toml::Table = toml::from_str(&shown)
                    .unwrap_or_else(|e| panic!("config show is not TOML: {e}\n{shown}"));
                assert!(table["profiles"].get(name.as_str()).is_some(), "{shown}");
            }
        }
        Err(e) => {
            let msg = e.to_string();
            assert!(!msg.contains('\n'), "{msg:?}");
        }
    }
    if let Ok(each) = config::parse_each(text, path, &env) {
        for (_, profile) in each.profiles {
            if let Err(e) = profile {
                assert!(!e.to_string().contains('\n'), "{e}");
            }
        }
    }
});

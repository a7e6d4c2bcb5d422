use std::fmt;

/// An input problem, always naming the file and, where it applies, the line,
/// record or byte.
#[derive(Debug, Clone, PartialEq)]
pub struct InputError {
    pub path: String,
    /// "line 3", "byte 1024", "record 7".
    pub location: Option<String>,
    pub message: String,
}

impl InputError {
    pub fn new(path: &str, location: Option<String>, message: impl Into<String>) -> Self {
        InputError { path: path.to_string(), location, message: message.into() }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.location {
            Some(l) => write!(f, "{}: {}: {}", self.path, l, self.message),
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

impl std::error::Error for InputError {}

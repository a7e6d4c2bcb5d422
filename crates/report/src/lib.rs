//! Renderings of analysed articles. Pure: every function writes to a caller's
//! `io::Write`; files are opened by the binary.

pub mod html;
pub mod json;
pub mod summary;
pub mod terminal;

pub use summary::{Actor, Row, Said};

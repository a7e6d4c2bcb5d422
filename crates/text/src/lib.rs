//! Per-article text analysis for recoupe. Pure: no file, network or clock access;
//! every function maps text (and the input record's metadata) to spans.
//!
//! Entry point: [`Pipeline::analyze`] turns a [`recoupe_model::Document`] into an
//! [`recoupe_model::Article`] with the layers paragraphs, boilerplate, sentences,
//! tokens, languages, MT residue, temporal expressions and figures.

pub mod boilerplate;
pub mod calendar;
pub mod dates;
pub mod feasts;
pub mod fold;
pub mod gaps;
pub mod glob;
pub mod lang;
pub mod layout;
pub mod lexicon;
pub mod meta;
pub mod numbers;
pub mod paragraph;
pub mod pipeline;
pub mod quantity;
pub mod residue;
pub mod scan;
pub mod segment;
pub mod temporal;
pub mod token;

pub use pipeline::{analyze, Pipeline};

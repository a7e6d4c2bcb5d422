//! Entities for recoupe: a named-entity tagger of our own (PER, ORG, LOC, MISC;
//! French and English), mentions with their roles, and canonical entities that
//! join every spelling of one referent across articles and languages.
//!
//! Pure: weights and word tables arrive as bytes; no file is read here.

pub mod canon;
pub mod clusters;
pub mod features;
pub mod gazetteer;
pub mod hashfile;
pub mod labels;
pub mod lexicon;
pub mod mentions;
pub mod models;
pub mod places;
pub mod roles;
pub mod tagger;

pub use tagger::{Tagger, Trainer};

/// Tags the entities of one analysed article and gives each mention its
/// canonical id (within the article; [`canon::Corpus`] merges across articles).
pub fn annotate(a: &mut recoupe_model::Article) {
    mentions::tag_article(a);
    canon::resolve_article(a);
}

//! One file per feature, each a [`crate::pipeline::Stage`]. The order they
//! run in is [`crate::pipeline::build`].

pub mod access;
pub mod approval;
pub mod credentials;
pub mod dlp;
pub mod identity;
pub mod integrity;
pub mod metadata;
pub mod protocol;
pub mod quotas;
pub mod registry;
pub mod sessions;
pub mod tasks;

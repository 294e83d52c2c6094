//! Tri-state values for optional, nullable fields.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A field that may be absent, explicitly `null`, or a value.
///
/// Update endpoints often distinguish "do not touch this field" (the field
/// is absent from the JSON body) from "clear this field" (the field is sent
/// as `null`). `Option<T>` cannot express both, so generated structs use
/// `Nullable<T>` for every field that is both optional and nullable, in
/// requests and responses alike (a type's field types never depend on
/// whether some operation sends it, so a new operation cannot change them).
/// Set one in a request with the struct's setters: `.metadata(value)` for a
/// value, `.metadata_null()` for `null`.
///
/// ```ignore
/// #[derive(Serialize, Deserialize, Default)]
/// struct UpdateLead {
///     #[serde(default, skip_serializing_if = "Nullable::is_absent")]
///     metadata: Nullable<serde_json::Value>,
/// }
/// ```
///
/// * Serializing: `Absent` must be skipped with the attribute above (if it is
///   serialized anyway it is written as `null`); `Null` is written as `null`;
///   `Value(v)` is written as `v`.
/// * Deserializing: `null` becomes `Null`, any other value becomes `Value`, and
///   a missing field becomes `Absent` through `#[serde(default)]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Nullable<T> {
    /// The field is absent: a request leaves it out (the server keeps its
    /// current value); a response did not include it.
    #[default]
    Absent,
    /// The field is JSON `null`: in a request, it clears the value on the server.
    Null,
    /// The field has this value.
    Value(T),
}

impl<T> Nullable<T> {
    /// Returns `true` for [`Nullable::Absent`]; used by
    /// `#[serde(skip_serializing_if = "Nullable::is_absent")]`.
    pub fn is_absent(&self) -> bool {
        matches!(self, Nullable::Absent)
    }

    /// Returns `true` for [`Nullable::Null`].
    pub fn is_null(&self) -> bool {
        matches!(self, Nullable::Null)
    }

    /// Returns the contained value, if any.
    pub fn value(&self) -> Option<&T> {
        match self {
            Nullable::Value(v) => Some(v),
            Nullable::Absent | Nullable::Null => None,
        }
    }

    /// Converts into the contained value, if any.
    pub fn into_value(self) -> Option<T> {
        match self {
            Nullable::Value(v) => Some(v),
            Nullable::Absent | Nullable::Null => None,
        }
    }

    /// Borrows the contained value: `Nullable<T>` to `Nullable<&T>`.
    pub fn as_ref(&self) -> Nullable<&T> {
        match self {
            Nullable::Absent => Nullable::Absent,
            Nullable::Null => Nullable::Null,
            Nullable::Value(v) => Nullable::Value(v),
        }
    }

    /// Converts to nested options: `Absent` is `None`, `Null` is
    /// `Some(None)`, `Value(v)` is `Some(Some(v))`.
    pub fn into_option(self) -> Option<Option<T>> {
        match self {
            Nullable::Absent => None,
            Nullable::Null => Some(None),
            Nullable::Value(v) => Some(Some(v)),
        }
    }
}

impl<T> From<T> for Nullable<T> {
    /// Wraps a value: `Nullable::Value(value)`.
    fn from(value: T) -> Self {
        Nullable::Value(value)
    }
}

impl<T> From<Option<T>> for Nullable<T> {
    /// `Some(v)` becomes `Value(v)` and `None` becomes `Null` (an explicit
    /// clear, not an omission).
    fn from(value: Option<T>) -> Self {
        match value {
            Some(v) => Nullable::Value(v),
            None => Nullable::Null,
        }
    }
}

impl<T: Serialize> Serialize for Nullable<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Nullable::Value(v) => v.serialize(serializer),
            Nullable::Absent | Nullable::Null => serializer.serialize_none(),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Nullable<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Option::<T>::deserialize(deserializer)?.into())
    }
}

#[cfg(test)]
mod tests {
    use super::Nullable;
    use serde::{Deserialize, Serialize};

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Patch {
        #[serde(default, skip_serializing_if = "Nullable::is_absent")]
        name: Nullable<String>,
    }

    #[test]
    fn serializes_three_states() {
        let absent = Patch {
            name: Nullable::Absent,
        };
        let null = Patch {
            name: Nullable::Null,
        };
        let value = Patch {
            name: "x".to_string().into(),
        };
        assert_eq!(serde_json::to_string(&absent).unwrap(), "{}");
        assert_eq!(serde_json::to_string(&null).unwrap(), r#"{"name":null}"#);
        assert_eq!(serde_json::to_string(&value).unwrap(), r#"{"name":"x"}"#);
    }

    #[test]
    fn deserializes_three_states() {
        let absent: Patch = serde_json::from_str("{}").unwrap();
        let null: Patch = serde_json::from_str(r#"{"name":null}"#).unwrap();
        let value: Patch = serde_json::from_str(r#"{"name":"x"}"#).unwrap();
        assert_eq!(absent.name, Nullable::Absent);
        assert_eq!(null.name, Nullable::Null);
        assert_eq!(value.name, Nullable::Value("x".to_string()));
    }

    #[test]
    fn conversions() {
        assert_eq!(Nullable::from(Some(3)), Nullable::Value(3));
        assert_eq!(Nullable::<i32>::from(None), Nullable::Null);
        assert_eq!(Nullable::from(4), Nullable::Value(4));
        assert_eq!(Nullable::<i32>::default(), Nullable::Absent);
        assert_eq!(Nullable::Value(5).into_option(), Some(Some(5)));
        assert_eq!(Nullable::<i32>::Null.into_option(), Some(None));
        assert!(Nullable::<i32>::Absent.is_absent());
        assert!(Nullable::<i32>::Null.is_null());
        assert_eq!(Nullable::Value(6).as_ref().value(), Some(&&6));
    }
}

//! The annotate output conforms to `schema/article.v1.schema.json`. A small
//! validator for the subset of JSON Schema the file uses (type, const, enum,
//! required, properties, additionalProperties: false, items, allOf, $ref,
//! minimum, maximum) keeps the schema and the code from drifting apart.

use serde_json::Value;
use std::process::Command;

fn check(schema: &Value, root: &Value, v: &Value, path: &str, errors: &mut Vec<String>) {
    let Some(s) = schema.as_object() else { return };
    if let Some(r) = s.get("$ref").and_then(Value::as_str) {
        let name = r.trim_start_matches("#/$defs/");
        check(&root["$defs"][name], root, v, path, errors);
    }
    if let Some(all) = s.get("allOf").and_then(Value::as_array) {
        for sub in all {
            check(sub, root, v, path, errors);
        }
    }
    if let Some(t) = s.get("type") {
        let types: Vec<&str> = match t {
            Value::String(x) => vec![x.as_str()],
            Value::Array(xs) => xs.iter().filter_map(Value::as_str).collect(),
            _ => vec![],
        };
        let ok = types.iter().any(|t| match *t {
            "object" => v.is_object(),
            "array" => v.is_array(),
            "string" => v.is_string(),
            "integer" => v.is_u64() || v.is_i64(),
            "number" => v.is_number(),
            "null" => v.is_null(),
            "boolean" => v.is_boolean(),
            _ => false,
        });
        if !ok {
            errors.push(format!("{path}: expected {types:?}, got {v}"));
            return;
        }
    }
    if let Some(c) = s.get("const") {
        if c != v {
            errors.push(format!("{path}: expected {c}, got {v}"));
        }
    }
    if let Some(e) = s.get("enum").and_then(Value::as_array) {
        if !e.contains(v) {
            errors.push(format!("{path}: {v} not in {e:?}"));
        }
    }
    if let (Some(min), Some(x)) = (s.get("minimum").and_then(Value::as_f64), v.as_f64()) {
        if x < min {
            errors.push(format!("{path}: {x} < {min}"));
        }
    }
    if let (Some(max), Some(x)) = (s.get("maximum").and_then(Value::as_f64), v.as_f64()) {
        if x > max {
            errors.push(format!("{path}: {x} > {max}"));
        }
    }
    if let Some(obj) = v.as_object() {
        for r in s.get("required").and_then(Value::as_array).into_iter().flatten() {
            let k = r.as_str().unwrap();
            if !obj.contains_key(k) {
                errors.push(format!("{path}: missing {k}"));
            }
        }
        let props = s.get("properties").and_then(Value::as_object);
        for (k, val) in obj {
            match props.and_then(|p| p.get(k)) {
                Some(ps) => check(ps, root, val, &format!("{path}.{k}"), errors),
                None if s.get("additionalProperties") == Some(&Value::Bool(false)) => {
                    errors.push(format!("{path}: unexpected property {k}"))
                }
                None => {}
            }
        }
    }
    if let (Some(items), Some(arr)) = (s.get("items"), v.as_array()) {
        for (i, x) in arr.iter().enumerate() {
            check(items, root, x, &format!("{path}[{i}]"), errors);
        }
    }
}

#[test]
fn annotate_output_matches_the_schema() {
    let repo = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(repo.join("schema/article.v1.schema.json")).unwrap()).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_recoupe"))
        .args(["annotate", "demo/corpus"])
        .current_dir(&repo)
        .output()
        .unwrap();
    let mut errors = Vec::new();
    let mut n = 0;
    for line in String::from_utf8(out.stdout).unwrap().lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        check(&schema, &schema, &v, "$", &mut errors);
        n += 1;
    }
    assert_eq!(n, 9);
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn the_validator_rejects_drift() {
    let schema: Value = serde_json::json!({
        "type": "object", "required": ["a"], "additionalProperties": false,
        "properties": {"a": {"enum": ["x"]}}
    });
    let mut errors = Vec::new();
    check(&schema, &schema, &serde_json::json!({"a": "y", "b": 1}), "$", &mut errors);
    assert_eq!(errors.len(), 2, "{errors:?}");
}

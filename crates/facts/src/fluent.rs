//! Turns one Fluent file into the compact catalog form `src/site/i18n/catalog.rs` reads,
//! using the official parser (fluent-syntax). Supports the Fluent the site needs and
//! names anything else as an error, so a translator learns at build time, not a reader.
//!
//! The form, with the ASCII separators US (end of field) and GS (end of pattern):
//! a pattern is a list of `T text US`, `V name US`, `R message-id US` and
//! `S variable US default-index US count US` followed by `count` variants, each
//! `N key US pattern` or `# integer US pattern`; then GS.

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use fluent_syntax::parser;

pub const US: char = '\u{1f}';
pub const GS: char = '\u{1d}';
pub const RS: char = '\u{1e}';

/// A field, refusing the separators so that no text can break the form.
fn field(text: &str) -> Result<String, String> {
    if text.contains(['\u{1c}', GS, RS, US]) {
        return Err("the text contains an ASCII control separator".to_string());
    }
    Ok(format!("{text}{US}"))
}

/// A pattern of plain text only (a name from the data files).
pub fn text_pattern(text: &str) -> Result<String, String> {
    Ok(format!("T{}{GS}", field(text)?))
}

/// `(message id, compiled pattern)` for every message with a value.
pub fn compile_file(name: &str, text: &str) -> Result<Vec<(String, String)>, Vec<String>> {
    let line_of = |offset: usize| text[..offset.min(text.len())].matches('\n').count() + 1;
    let resource = match parser::parse(text) {
        Ok(resource) => resource,
        Err((_, errors)) => {
            return Err(errors
                .iter()
                // The line where the broken entry starts, which is where a translator looks.
                .map(|e| {
                    let at = e.slice.as_ref().map_or(e.pos.start, |slice| slice.start);
                    format!("{name}:{}: {:?}", line_of(at), e.kind)
                })
                .collect());
        }
    };
    let mut messages = Vec::new();
    let mut problems = Vec::new();
    for entry in &resource.body {
        match entry {
            Entry::Message(message) => {
                let id = message.id.name;
                // The line of the message, found by its id at a line start.
                let line = text
                    .find(&format!("\n{id} ="))
                    .map_or(1, |offset| line_of(offset + 1));
                let Some(value) = &message.value else {
                    problems.push(format!(
                        "{name}:{line}: {id} has no value (attributes are not used by the site)"
                    ));
                    continue;
                };
                if !message.attributes.is_empty() {
                    problems.push(format!("{name}:{line}: {id}: attributes are not supported"));
                }
                match pattern(value) {
                    Ok(code) => messages.push((id.to_string(), code)),
                    Err(why) => problems.push(format!("{name}:{line}: {id}: {why}")),
                }
            }
            Entry::Term(term) => {
                problems.push(format!("{name}: term -{} is not supported", term.id.name))
            }
            _ => {}
        }
    }
    if problems.is_empty() {
        Ok(messages)
    } else {
        Err(problems)
    }
}

fn pattern(pattern: &Pattern<&str>) -> Result<String, String> {
    let mut out = String::new();
    for element in &pattern.elements {
        out += &match element {
            PatternElement::TextElement { value } => format!("T{}", field(value)?),
            PatternElement::Placeable { expression } => placeable(expression)?,
        };
    }
    out.push(GS);
    Ok(out)
}

fn placeable(expression: &Expression<&str>) -> Result<String, String> {
    match expression {
        Expression::Inline(inline) => inline_expression(inline),
        Expression::Select { selector, variants } => {
            let InlineExpression::VariableReference { id } = selector else {
                return Err("a selector must be a variable".to_string());
            };
            let default = variants.iter().position(|v| v.default).unwrap_or(0);
            let mut out = format!(
                "S{}{}{}",
                field(id.name)?,
                field(&default.to_string())?,
                field(&variants.len().to_string())?
            );
            for variant in variants {
                out += &match &variant.key {
                    VariantKey::Identifier { name } => format!("N{}", field(name)?),
                    VariantKey::NumberLiteral { value } => {
                        let number: i64 = value.parse().map_err(|_| {
                            format!("the variant key [{value}] must be a whole number")
                        })?;
                        format!("#{}", field(&number.to_string())?)
                    }
                };
                out += &pattern(&variant.value)?;
            }
            Ok(out)
        }
    }
}

fn inline_expression(inline: &InlineExpression<&str>) -> Result<String, String> {
    match inline {
        InlineExpression::VariableReference { id } => Ok(format!("V{}", field(id.name)?)),
        InlineExpression::MessageReference {
            id,
            attribute: None,
        } => Ok(format!("R{}", field(id.name)?)),
        InlineExpression::StringLiteral { value } if !value.contains('\\') => {
            Ok(format!("T{}", field(value)?))
        }
        InlineExpression::NumberLiteral { value } => Ok(format!("T{}", field(value)?)),
        InlineExpression::Placeable { expression } => placeable(expression),
        other => Err(format!("unsupported Fluent expression {other:?}")),
    }
}

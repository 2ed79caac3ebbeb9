//! Turns one Fluent file into Rust source for `src/i18n/catalog.rs`'s tables, using the
//! official parser (fluent-syntax). Supports the Fluent the site needs and names
//! anything else as an error, so a translator learns at build time, not a reader.

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use fluent_syntax::parser;

/// `(message id, Rust expression of its segments)` for every message with a value.
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
    let mut parts = Vec::new();
    for element in &pattern.elements {
        parts.push(match element {
            PatternElement::TextElement { value } => format!("Segment::Text({value:?})"),
            PatternElement::Placeable { expression } => placeable(expression)?,
        });
    }
    Ok(format!("&[{}]", parts.join(", ")))
}

fn placeable(expression: &Expression<&str>) -> Result<String, String> {
    match expression {
        Expression::Inline(inline) => inline_expression(inline),
        Expression::Select { selector, variants } => {
            let InlineExpression::VariableReference { id } = selector else {
                return Err("a selector must be a variable".to_string());
            };
            let mut default = 0;
            let mut compiled = Vec::new();
            for (index, variant) in variants.iter().enumerate() {
                if variant.default {
                    default = index;
                }
                let key = match &variant.key {
                    VariantKey::Identifier { name } => format!("VariantKey::Name({name:?})"),
                    VariantKey::NumberLiteral { value } => {
                        let number: f64 = value
                            .parse()
                            .map_err(|_| format!("bad number key {value}"))?;
                        format!("VariantKey::Number({number:?})")
                    }
                };
                compiled.push(format!("({key}, {})", pattern(&variant.value)?));
            }
            Ok(format!(
                "Segment::Select {{ var: {:?}, variants: &[{}], default: {default} }}",
                id.name,
                compiled.join(", ")
            ))
        }
    }
}

fn inline_expression(inline: &InlineExpression<&str>) -> Result<String, String> {
    match inline {
        InlineExpression::VariableReference { id } => Ok(format!("Segment::Var({:?})", id.name)),
        InlineExpression::MessageReference {
            id,
            attribute: None,
        } => Ok(format!("Segment::Ref({:?})", id.name)),
        InlineExpression::StringLiteral { value } if !value.contains('\\') => {
            Ok(format!("Segment::Text({value:?})"))
        }
        InlineExpression::NumberLiteral { value } => Ok(format!("Segment::Text({value:?})")),
        InlineExpression::Placeable { expression } => placeable(expression),
        other => Err(format!("unsupported Fluent expression {other:?}")),
    }
}

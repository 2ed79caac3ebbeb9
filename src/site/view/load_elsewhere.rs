use yew::prelude::*;

/// A page the running wasm does not have (reached by history, say): the browser loads
/// it from the server, pre-rendered, with its own wasm.
#[component]
pub fn LoadElsewhere() -> Html {
    use_effect_with((), |_| {
        let _ = gloo::utils::window().location().reload();
    });
    Html::default()
}

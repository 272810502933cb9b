//! Loading what a page shows: the request runs when the page appears, again when its
//! dependencies change, and again on [`Loaded::reload`]. The last value stays while a new one
//! loads, so a reload does not blank the page; an error is kept beside it.

use std::future::Future;
use std::rc::Rc;

use futures::future::{FutureExt, LocalBoxFuture};
use yew::prelude::*;

use crate::api::{ApiError, Reply};

/// The value as last loaded, its `ETag`, and the error of the last load, if it failed.
#[derive(Debug)]
struct LoadState<T> {
    value: Option<Rc<T>>,
    etag: Option<String>,
    error: Option<ApiError>,
}

impl<T> Default for LoadState<T> {
    fn default() -> Self {
        LoadState { value: None, etag: None, error: None }
    }
}

/// What can happen to a [`LoadState`].
enum LoadAction<T> {
    /// A value arrived (or the page has a newer one from a save).
    Loaded(Reply<T>),
    /// The load failed; the last value stays.
    Failed(ApiError),
    /// Something else is about to load: the last value and error go.
    Forget,
}

impl<T: 'static> Reducible for LoadState<T> {
    type Action = LoadAction<T>;

    fn reduce(self: Rc<Self>, action: LoadAction<T>) -> Rc<Self> {
        Rc::new(match action {
            LoadAction::Loaded(reply) => LoadState { value: Some(Rc::new(reply.value)), etag: reply.etag, error: None },
            LoadAction::Failed(error) => {
                LoadState { value: self.value.clone(), etag: self.etag.clone(), error: Some(error) }
            }
            LoadAction::Forget if self.value.is_none() && self.error.is_none() => return self,
            LoadAction::Forget => LoadState::default(),
        })
    }
}

/// How many reloads were asked for: a change starts the request again.
#[derive(Debug, Default)]
struct Serial(u32);

impl Reducible for Serial {
    type Action = ();

    fn reduce(self: Rc<Self>, _: ()) -> Rc<Self> {
        Rc::new(Serial(self.0.wrapping_add(1)))
    }
}

/// The handle [`use_loaded`] and its siblings give a page.
pub struct Loaded<T: 'static> {
    state: UseReducerHandle<LoadState<T>>,
    serial: UseReducerHandle<Serial>,
}

impl<T: 'static> Clone for Loaded<T> {
    fn clone(&self) -> Self {
        Loaded { state: self.state.clone(), serial: self.serial.clone() }
    }
}

impl<T: 'static> Loaded<T> {
    /// The value as last loaded; `None` until the first load succeeds.
    pub fn value(&self) -> Option<&T> {
        self.state.value.as_deref()
    }

    /// The `ETag` of the value, to send back as `If-Match` with a change.
    pub fn etag(&self) -> Option<String> {
        self.state.etag.clone()
    }

    /// Why the last load failed, if it did.
    pub fn error(&self) -> Option<&ApiError> {
        self.state.error.as_ref()
    }

    /// Loads again (after a change, or when someone else changed the data).
    pub fn reload(&self) {
        self.serial.dispatch(());
    }

    /// A callback that loads again, for a widget that reports a change.
    pub fn reloader(&self) -> Callback<()> {
        let serial = self.serial.clone();
        Callback::from(move |_| serial.dispatch(()))
    }

    /// Keeps a newer value that a save answered, with its `ETag`, without loading again.
    pub fn set(&self, value: T, etag: Option<String>) {
        self.state.dispatch(LoadAction::Loaded(Reply { value, etag }));
    }
}

/// The one effect behind the hooks: runs `load` with the dependencies when they or the reload
/// serial change; `load` may have nothing to load. With `forget`, new dependencies first drop
/// the last value, so the page shows that it loads something else.
#[hook]
fn use_load<T, D, F>(deps: D, forget: bool, load: F) -> Loaded<T>
where
    T: 'static,
    D: PartialEq + Clone + 'static,
    F: FnOnce(D) -> Option<LocalBoxFuture<'static, Result<Reply<T>, ApiError>>> + 'static,
{
    let state = use_reducer(LoadState::<T>::default);
    let serial = use_reducer(Serial::default);
    {
        let state = state.clone();
        use_effect_with(deps.clone(), move |_| {
            if forget {
                state.dispatch(LoadAction::Forget);
            }
        });
    }
    {
        let state = state.clone();
        use_effect_with((deps, serial.0), move |(deps, _)| {
            if let Some(request) = load(deps.clone()) {
                wasm_bindgen_futures::spawn_local(async move {
                    state.dispatch(match request.await {
                        Ok(reply) => LoadAction::Loaded(reply),
                        Err(error) => LoadAction::Failed(error),
                    });
                });
            }
        });
    }
    Loaded { state, serial }
}

/// Loads `load(deps)` when the page appears and whenever `deps` change or a reload is asked
/// for.
#[hook]
pub fn use_loaded<T, D, F, Fut>(deps: D, load: F) -> Loaded<T>
where
    T: 'static,
    D: PartialEq + Clone + 'static,
    F: FnOnce(D) -> Fut + 'static,
    Fut: Future<Output = Result<T, ApiError>> + 'static,
{
    use_load(deps, false, move |deps| Some(without_etag(load(deps))))
}

/// Like [`use_loaded`], but new `deps` first drop the last value, so the page shows it is
/// loading (say, the questions for another filter).
#[hook]
pub fn use_loaded_anew<T, D, F, Fut>(deps: D, load: F) -> Loaded<T>
where
    T: 'static,
    D: PartialEq + Clone + 'static,
    F: FnOnce(D) -> Fut + 'static,
    Fut: Future<Output = Result<T, ApiError>> + 'static,
{
    use_load(deps, true, move |deps| Some(without_etag(load(deps))))
}

fn without_etag<T: 'static>(
    request: impl Future<Output = Result<T, ApiError>> + 'static,
) -> LocalBoxFuture<'static, Result<Reply<T>, ApiError>> {
    request.map(|result| result.map(|value| Reply { value, etag: None })).boxed_local()
}

/// Like [`use_loaded`], for a request that answers the value with its `ETag`.
#[hook]
pub fn use_loaded_with_etag<T, D, F, Fut>(deps: D, load: F) -> Loaded<T>
where
    T: 'static,
    D: PartialEq + Clone + 'static,
    F: FnOnce(D) -> Fut + 'static,
    Fut: Future<Output = Result<Reply<T>, ApiError>> + 'static,
{
    use_load(deps, false, move |deps| Some(load(deps).boxed_local()))
}

/// Like [`use_loaded_with_etag`], but loads only when there is a `key` (say, the id of what an
/// edit form changes; a form that creates has nothing to load).
#[hook]
pub fn use_loaded_for<T, K, F, Fut>(key: Option<K>, load: F) -> Loaded<T>
where
    T: 'static,
    K: PartialEq + Clone + 'static,
    F: FnOnce(K) -> Fut + 'static,
    Fut: Future<Output = Result<Reply<T>, ApiError>> + 'static,
{
    use_load(key, false, move |key| key.map(|key| load(key).boxed_local()))
}

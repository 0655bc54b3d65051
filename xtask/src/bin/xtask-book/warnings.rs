//! mdBook reports problems through `tracing`. This subscriber prints them
//! and counts the warnings and errors, so that the build can fail on them.
use std::fmt::Write;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use tracing::field::{Field, Visit};
use tracing::{span, Event, Level, Metadata, Subscriber};

/// How many warnings and errors mdBook reported so far.
pub struct Counter(Arc<AtomicUsize>);

impl Counter {
    pub fn count(&self) -> usize {
        self.0.load(Ordering::SeqCst)
    }
}

/// Installs the printing, counting subscriber for the whole process.
pub fn install() -> Counter {
    let count = Arc::new(AtomicUsize::new(0));
    let printer = Printer {
        count: count.clone(),
        next_span: AtomicU64::new(1),
    };
    if tracing::subscriber::set_global_default(printer).is_err() {
        eprintln!("warning: cannot watch mdBook's warnings");
    }
    Counter(count)
}

struct Printer {
    count: Arc<AtomicUsize>,
    next_span: AtomicU64,
}

impl Subscriber for Printer {
    fn enabled(&self, metadata: &Metadata<'_>) -> bool {
        *metadata.level() <= Level::INFO
    }

    fn new_span(&self, _: &span::Attributes<'_>) -> span::Id {
        span::Id::from_u64(self.next_span.fetch_add(1, Ordering::SeqCst))
    }

    fn record(&self, _: &span::Id, _: &span::Record<'_>) {}

    fn record_follows_from(&self, _: &span::Id, _: &span::Id) {}

    fn event(&self, event: &Event<'_>) {
        let level = *event.metadata().level();
        let mut message = Message(String::new());
        event.record(&mut message);
        if level <= Level::WARN {
            self.count.fetch_add(1, Ordering::SeqCst);
            eprintln!("mdbook {level}: {}", message.0);
        } else {
            eprintln!("mdbook: {}", message.0);
        }
    }

    fn enter(&self, _: &span::Id) {}

    fn exit(&self, _: &span::Id) {}
}

/// An event's message and fields as one line.
struct Message(String);

impl Visit for Message {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        let sep = if self.0.is_empty() { "" } else { " " };
        let _ = match field.name() {
            "message" => write!(self.0, "{sep}{value:?}"),
            name => write!(self.0, "{sep}{name}={value:?}"),
        };
    }
}

package dev.timelineexplorer.io.dataset;

import dev.timelineexplorer.io.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The fields of one event as read from the stream: each value with its kind and place, strings with their text. The
 * same holders are reused for every event, so that reading allocates only what is kept. A text field written in
 * several languages is read as a small tree, which replaces its holder for that event.
 */
final class EventFields {
    /** A field the format does not define, with where its value starts. */
    record UnknownField(String name, int line, int column, long offset, String json) {}

    /** Something reused from one event to the next. */
    interface Reusable {
        void clear();
    }

    /** A reusable value holder. */
    static final class Holder implements Reusable {
        final JsonValue pooled = new JsonValue();
        /** The value read: the pooled holder, or a tree read for this event only. */
        JsonValue value = pooled;

        @Override
        public void clear() {
            pooled.clear();
            value = pooled;
        }

        boolean isPresent() {
            return value.isPresent();
        }
    }

    /** An array field as read: the array value itself, then its items, which are pooled and reused. */
    static final class Items<T extends Reusable> implements Reusable {
        final Holder array = new Holder();
        private final List<T> pool = new ArrayList<>();
        private final Supplier<T> factory;
        private int size;

        Items(Supplier<T> factory) {
            this.factory = factory;
        }

        /** A cleared item appended to the list. */
        T add() {
            if (size == pool.size()) {
                pool.add(factory.get());
            }
            T item = pool.get(size++);
            item.clear();
            return item;
        }

        T get(int index) {
            return pool.get(index);
        }

        int size() {
            return size;
        }

        @Override
        public void clear() {
            array.clear();
            size = 0;
        }
    }

    /** One item of an event's "sources" as read. */
    static final class SourceFields implements Reusable {
        final Holder object = new Holder();
        final Holder title = new Holder();
        final Holder url = new Holder();
        final List<UnknownField> unknownFields = new ArrayList<>(0);

        @Override
        public void clear() {
            object.clear();
            title.clear();
            url.clear();
            unknownFields.clear();
        }
    }

    final Holder object = new Holder();
    final Holder id = new Holder();
    final Holder title = new Holder();
    final Holder start = new Holder();
    final Holder end = new Holder();
    final Holder category = new Holder();
    final Holder summary = new Holder();
    final Holder description = new Holder();
    final Items<Holder> countries = new Items<>(Holder::new);
    final Items<Holder> tags = new Items<>(Holder::new);
    final Items<SourceFields> sources = new Items<>(SourceFields::new);
    final List<UnknownField> unknownFields = new ArrayList<>(0);

    /** Makes every field absent, for the next event. */
    void clear() {
        object.clear();
        id.clear();
        title.clear();
        start.clear();
        end.clear();
        category.clear();
        summary.clear();
        description.clear();
        countries.clear();
        tags.clear();
        sources.clear();
        unknownFields.clear();
    }
}

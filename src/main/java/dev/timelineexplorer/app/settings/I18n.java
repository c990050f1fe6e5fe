package dev.timelineexplorer.app.settings;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The language of the interface: every string a user sees comes from the resource bundles {@code
 * i18n/messages.properties} (English) and {@code i18n/messages_ko.properties} (Korean) through here. Nodes bind their
 * text to {@link #binding}, so that switching the language ({@link #setLocale}) relabels the window at once, without
 * a restart. Messages with arguments use {@link MessageFormat} patterns, formatting numbers in the chosen language.
 */
public final class I18n {
    /** The languages the interface is written in, English first. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.KOREAN);

    private static final String BUNDLE = "dev.timelineexplorer.app.i18n.messages";

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale");
    private ResourceBundle bundle;
    private Locale bundleLocale;

    /** @param initial the language to start in; an unsupported one starts in English */
    public I18n(Locale initial) {
        setLocale(initial);
    }

    /**
     * The bundle of the current language, loaded when first asked for after a change. Not loaded by a listener on the
     * language: bindings hear of the change first (invalidation before change listeners) and may read their text at
     * once, which must already be in the new language.
     */
    private ResourceBundle bundle() {
        Locale now = locale.get();
        if (bundle == null || !now.equals(bundleLocale)) {
            bundle = load(now);
            bundleLocale = now;
        }
        return bundle;
    }

    /** The supported language closest to a locale: Korean for any Korean locale, else English. */
    public static Locale supported(Locale wanted) {
        for (Locale candidate : SUPPORTED) {
            if (wanted != null && candidate.getLanguage().equals(wanted.getLanguage())) {
                return candidate;
            }
        }
        return Locale.ENGLISH;
    }

    private static ResourceBundle load(Locale locale) {
        // No fallback to the system's language: English is the base bundle, whatever the machine says.
        return ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The interface's language. */
    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale getLocale() {
        return locale.get();
    }

    /** Switches the interface to a supported language. */
    public void setLocale(Locale value) {
        locale.set(supported(value));
    }

    /** The language's tag, such as {@code en} or {@code ko}: the language in which to show data too. */
    public String language() {
        return getLocale().getLanguage();
    }

    /**
     * The text of a key, with its arguments put in and its keyboard shortcuts named as this system names them
     * ({@link ShortcutNames}: ⌘ on macOS, Ctrl elsewhere).
     *
     * @throws MissingResourceException when the key is in no bundle (a bug: the bundle test catches it)
     */
    public String text(String key, Object... arguments) {
        String pattern = bundle().getString(key);
        if (arguments.length == 0) {
            return ShortcutNames.forPlatform(pattern);
        }
        return ShortcutNames.forPlatform(new MessageFormat(pattern, getLocale()).format(arguments));
    }

    /** The text of a key, kept up to date with the language; the arguments are read each time. */
    public StringBinding binding(String key, Object... arguments) {
        return Bindings.createStringBinding(() -> text(key, arguments), locale);
    }

    /** A whole number written as the language writes it: 1,000 in both English and Korean. */
    public String number(long value) {
        return NumberFormat.getIntegerInstance(getLocale()).format(value);
    }
}

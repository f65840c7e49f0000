package vn.lopboiduong.base.ui;

import com.vaadin.flow.component.UI;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import vn.lopboiduong.base.domain.BusinessException;

/**
 * Runs a service call for a view and turns a refusal into a message the user can read: a broken rule, a record
 * someone else changed meanwhile, or an action the role may not take. Stored data is untouched in each case.
 */
public final class ServiceCalls {

    private ServiceCalls() {
    }

    /** Returns the call's result, or empty after showing why it was refused. */
    public static <T> Optional<T> call(Supplier<T> action) {
        return call(action, () -> { });
    }

    /**
     * As {@link #call(Supplier)}; when someone else saved the record first, also runs {@code onStale} so that the
     * view can reload the record before the user tries again.
     */
    public static <T> Optional<T> call(Supplier<T> action, Runnable onStale) {
        return attempt(action, () -> {
            Notifications.error(translate("error.concurrent-edit"));
            onStale.run();
        });
    }

    /**
     * As {@link #call(Supplier, Runnable)}, for a form's save: when someone else saved the record first, only
     * {@code reopen} runs, and it tells the user itself what happened, so that the user reads one message.
     */
    public static <T> Optional<T> save(Supplier<T> action, Runnable reopen) {
        return attempt(action, reopen);
    }

    /**
     * A read on a click (open a record, download a file): the record, or empty after a message saying it is gone
     * or may not be read.
     */
    public static <T> Optional<T> find(Supplier<Optional<T>> read) {
        Optional<Optional<T>> found = attempt(read, () -> Notifications.error(translate("error.not-found")));
        if (found.isPresent() && found.get().isEmpty()) {
            Notifications.error(translate("error.not-found"));
        }
        return found.flatMap(value -> value);
    }

    /**
     * A read that feeds a download, which runs outside the page's request: a refused or vanished record reaches
     * the page as a message through {@code ui}, and the caller answers the browser with an error status.
     */
    public static <T> Optional<T> download(UI ui, Supplier<T> read) {
        return attempt(read, () -> ui.access(() -> Notifications.error(ui.getTranslation("error.not-found"))),
                message -> ui.access(() -> Notifications.error(message.apply(ui))));
    }

    private static <T> Optional<T> attempt(Supplier<T> action, Runnable onStale) {
        return attempt(action, onStale, message -> Notifications.error(message.apply(UI.getCurrent())));
    }

    private static <T> Optional<T> attempt(Supplier<T> action, Runnable onStale,
            Consumer<Function<UI, String>> show) {
        try {
            return Optional.of(action.get());
        } catch (BusinessException e) {
            show.accept(ui -> ui.getTranslation(e.getMessageKey(), e.getArguments()));
        } catch (ObjectOptimisticLockingFailureException e) {
            onStale.run();
        } catch (AccessDeniedException e) {
            show.accept(ui -> ui.getTranslation("error.access-denied"));
        } catch (DataIntegrityViolationException e) {
            show.accept(ui -> ui.getTranslation("error.integrity"));
        } catch (ConstraintViolationException e) {
            // The forms validate first; this is the service's own check catching what slipped past them.
            String text = e.getConstraintViolations().stream().map(ConstraintViolation::getMessage)
                    .distinct().collect(Collectors.joining(" "));
            show.accept(ui -> text);
        }
        return Optional.empty();
    }

    /** Runs an action with no result; true when it went through. */
    public static boolean run(Runnable action) {
        return run(action, () -> { });
    }

    public static boolean run(Runnable action, Runnable onStale) {
        return call(() -> {
            action.run();
            return Boolean.TRUE;
        }, onStale).isPresent();
    }

    private static String translate(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}

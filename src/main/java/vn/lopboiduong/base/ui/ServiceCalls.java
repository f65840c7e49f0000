package vn.lopboiduong.base.ui;

import com.vaadin.flow.component.UI;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Optional;
import java.util.stream.Collectors;
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
        try {
            return Optional.of(action.get());
        } catch (BusinessException e) {
            Notifications.error(translate(e.getMessageKey(), e.getArguments()));
        } catch (ObjectOptimisticLockingFailureException e) {
            Notifications.error(translate("error.concurrent-edit"));
            onStale.run();
        } catch (AccessDeniedException e) {
            Notifications.error(translate("error.access-denied"));
        } catch (DataIntegrityViolationException e) {
            Notifications.error(translate("error.integrity"));
        } catch (ConstraintViolationException e) {
            // The forms validate first; this is the service's own check catching what slipped past them.
            Notifications.error(e.getConstraintViolations().stream().map(ConstraintViolation::getMessage)
                    .distinct().collect(Collectors.joining(" ")));
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

package vn.lopboiduong.user;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.JoinType;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.lopboiduong.base.domain.BusinessException;
import vn.lopboiduong.base.domain.PageOfRows;
import vn.lopboiduong.base.domain.SearchSpecifications;
import vn.lopboiduong.base.i18n.LocalePreferences;
import vn.lopboiduong.base.i18n.TranslationProvider;
import vn.lopboiduong.security.AccessRevoked;
import vn.lopboiduong.security.CurrentUser;
import vn.lopboiduong.security.LoginAttemptService;
import vn.lopboiduong.security.Role;
import vn.lopboiduong.security.Roles;
import vn.lopboiduong.security.SecurityAudit;

/**
 * Accounts and their roles. Administrators manage everyone's account; every signed-in user manages their own
 * password and language. An administrator cannot lock or demote themself, and the last active administrator
 * cannot lose that role, so the portal always keeps someone who can manage it.
 */
@Service
@Validated
@Transactional
public class UserService implements LocalePreferences {

    private final UserRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final LoginAttemptService loginAttempts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EntityManager entityManager;

    UserService(UserRepository repository, PasswordEncoder passwordEncoder, LoginAttemptService loginAttempts,
            ApplicationEventPublisher events, Clock clock, EntityManager entityManager) {
        this.repository = repository;
        this.entityManager = entityManager;
        this.events = events;
        this.passwordEncoder = passwordEncoder;
        this.loginAttempts = loginAttempts;
        this.clock = clock;
    }

    /** What the account list filters by: free text (diacritics ignored) and, optionally, active or locked. */
    public record Filter(@Nullable String text, @Nullable Boolean active) {

        public static Filter all() {
            return new Filter(null, null);
        }
    }

    /** An account as a choice in a form: a lecturer's account, for instance. */
    public record AccountOption(long id, String username, String fullName) {
    }

    /** Active accounts with the LECTURER role, for linking a lecturer record to its account. */
    @PreAuthorize(Roles.IS_COMMITTEE)
    @Transactional(readOnly = true)
    public List<AccountOption> lecturerAccounts(@Nullable String query, Pageable pageable) {
        return PageOfRows.of(entityManager, UserAccount.class, lecturerAccountsSpec(query), pageable,
                AccountOption.class, (root, criteria, builder) -> new PageOfRows.Columns()
                        .add("id", root.get("id")).add("username", root.get("username"))
                        .add("fullName", root.get("fullName")));
    }

    @PreAuthorize(Roles.IS_COMMITTEE)
    @Transactional(readOnly = true)
    public long countLecturerAccounts(@Nullable String query) {
        return repository.count(lecturerAccountsSpec(query));
    }

    /** The account to link to a lecturer; refused unless it is active and holds the LECTURER role. */
    @PreAuthorize(Roles.IS_COMMITTEE)
    @Transactional(readOnly = true)
    public UserAccount lecturerAccount(long id) {
        UserAccount account = require(id);
        if (!account.isActive() || !account.getRoles().contains(Role.LECTURER)) {
            throw new BusinessException("lecturer.error.not-lecturer-account", account.getUsername());
        }
        return account;
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public List<UserRow> list(Filter filter, Pageable pageable) {
        return PageOfRows.of(entityManager, UserAccount.class, specification(filter), pageable, UserRow.class,
                (root, query, builder) -> {
                    // The roles join in and fold into one column per account, so a page stays one query.
                    var role = root.join("roles", JoinType.LEFT).cast(String.class);
                    var hibernate = (HibernateCriteriaBuilder) builder;
                    var columns = new PageOfRows.Columns().add("id", root.get("id"))
                            .add("username", root.get("username")).add("fullName", root.get("fullName"))
                            .add("email", root.get("email")).add("roles", hibernate.listagg(hibernate.asc(role), role, ","))
                            .add("active", root.get("active")).add("lastLoginAt", root.get("lastLoginAt"));
                    query.groupBy(root.get("id"), root.get("username"), root.get("fullName"), root.get("email"),
                            root.get("active"), root.get("lastLoginAt"));
                    return columns;
                });
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public long count(Filter filter) {
        return repository.count(specification(filter));
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public Optional<UserAccount> get(long id) {
        return repository.findById(id);
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public UserAccount create(@Valid UserAccount account, String initialPassword) {
        if (repository.existsByUsername(account.getUsername())) {
            throw new BusinessException("user.error.username-taken", account.getUsername());
        }
        account.setPasswordHash(encode(initialPassword, account.getUsername()));
        return repository.save(account);
    }

    /** Saves an edited account; the version it was read at must still be current. */
    @PreAuthorize(Roles.IS_ADMIN)
    public UserAccount update(@Valid UserAccount edited) {
        UserAccount stored = repository.findById(edited.requireId())
                .orElseThrow(() -> new BusinessException("error.not-found"));
        boolean removesAdmin = stored.getRoles().contains(Role.ADMIN) && !edited.getRoles().contains(Role.ADMIN);
        if (removesAdmin) {
            refuseLosingAdmin(stored, "user.error.self-demote");
        }
        Set<Role> before = stored.getRoles();
        if (!before.equals(edited.getRoles())) {
            SecurityAudit.rolesChanged(stored.getUsername(), before, edited.getRoles());
        }
        if (!edited.getRoles().containsAll(before)) {
            events.publishEvent(new AccessRevoked(stored.getUsername(), false));
        }
        return repository.save(edited);
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public UserAccount lock(long id) {
        UserAccount account = require(id);
        refuseLosingAdmin(account, "user.error.self-lock");
        account.setActive(false);
        SecurityAudit.accountLocked(account.getUsername());
        events.publishEvent(new AccessRevoked(account.getUsername(), false));
        return repository.save(account);
    }

    /** Re-activates an account and lifts any lock-out from failed sign-ins. */
    @PreAuthorize(Roles.IS_ADMIN)
    public UserAccount unlock(long id) {
        UserAccount account = require(id);
        account.setActive(true);
        loginAttempts.clear(account.getUsername());
        SecurityAudit.accountUnlocked(account.getUsername());
        return repository.save(account);
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public void resetPassword(long id, String newPassword) {
        UserAccount account = require(id);
        account.setPasswordHash(encode(newPassword, account.getUsername()));
        loginAttempts.clear(account.getUsername());
        repository.save(account);
        SecurityAudit.passwordReset(account.getUsername());
        events.publishEvent(new AccessRevoked(account.getUsername(), false));
    }

    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount own = own();
        // BCrypt refuses to look at more than 72 bytes: such a password cannot be the current one.
        if (PasswordPolicy.tooLong(currentPassword)
                || !passwordEncoder.matches(currentPassword, own.getPasswordHash())) {
            throw new BusinessException("profile.error.wrong-current-password");
        }
        String hash = encode(newPassword, own.getUsername());
        if (passwordEncoder.matches(newPassword, own.getPasswordHash())) {
            throw new BusinessException("profile.error.same-password");
        }
        own.setPasswordHash(hash);
        repository.save(own);
        SecurityAudit.ownPasswordChanged(own.getUsername());
        events.publishEvent(new AccessRevoked(own.getUsername(), true));
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Locale> ownPreferredLocale() {
        return repository.findByUsername(CurrentUser.requireUsername()).map(UserAccount::getLocale);
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public void changeOwnLocale(Locale locale) {
        UserAccount own = own();
        own.setLocale(TranslationProvider.supported(locale));
        repository.save(own);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public UserAccount ownAccount() {
        return own();
    }

    /** The start-up check for a production database: is there anyone who can manage accounts? */
    @Transactional(readOnly = true)
    public boolean hasActiveAdmin() {
        return repository.countActiveWithRole(Role.ADMIN) > 0;
    }

    @EventListener
    public void recordSignIn(AuthenticationSuccessEvent event) {
        repository.findByUsername(UserAccount.normalizeUsername(event.getAuthentication().getName()))
                .ifPresent(account -> account.setLastLoginAt(LocalDateTime.now(clock)));
    }

    private void refuseLosingAdmin(UserAccount account, String selfKey) {
        if (account.getUsername().equals(CurrentUser.username().orElse(null))) {
            throw new BusinessException(selfKey);
        }
        if (account.isActiveAdmin() && repository.lockActiveWithRole(Role.ADMIN).size() <= 1) {
            throw new BusinessException("user.error.last-admin");
        }
    }

    private String encode(String password, String username) {
        PasswordPolicy.problem(password, username).ifPresent(key -> {
            throw new BusinessException(key, PasswordPolicy.argumentFor(key));
        });
        return passwordEncoder.encode(password);
    }

    private UserAccount own() {
        return repository.findByUsername(CurrentUser.requireUsername())
                .orElseThrow(() -> new BusinessException("error.not-found"));
    }

    private UserAccount require(long id) {
        return repository.findById(id).orElseThrow(() -> new BusinessException("error.not-found"));
    }

    private static Specification<UserAccount> lecturerAccountsSpec(@Nullable String query) {
        return SearchSpecifications.<UserAccount>searchKeyContains(query)
                .and((root, criteria, builder) -> builder.isTrue(root.get("active")))
                .and((root, criteria, builder) -> builder.isMember(Role.LECTURER, root.get("roles")));
    }

    private static Specification<UserAccount> specification(Filter filter) {
        Specification<UserAccount> spec = SearchSpecifications.searchKeyContains(filter.text());
        if (filter.active() != null) {
            boolean active = filter.active();
            spec = spec.and((root, query, builder) -> builder.equal(root.get("active"), active));
        }
        return spec;
    }
}

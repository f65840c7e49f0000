package vn.lopboiduong.user;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import vn.lopboiduong.base.domain.AbstractEntity;
import vn.lopboiduong.base.domain.SearchText;
import vn.lopboiduong.security.Role;

/** A person's account: how they sign in and which roles they hold. Accounts are locked, never deleted. */
@Entity
@Table(name = "app_user")
public class UserAccount extends AbstractEntity {

    public static final int USERNAME_MAX = 50;

    @NotBlank
    @Size(min = 3, max = USERNAME_MAX)
    @Pattern(regexp = "[a-z0-9._-]*", message = "{validation.username.pattern}")
    @Column(nullable = false, unique = true, length = USERNAME_MAX, updatable = false)
    private String username = "";

    @NotBlank
    @Size(max = 150)
    @Column(name = "full_name", nullable = false, length = 150)
    private String fullName = "";

    @Email
    @Size(max = 150)
    @Column(length = 150)
    private @Nullable String email;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash = "";

    @Column(nullable = false)
    private boolean active = true;

    @Column(nullable = false, length = 10)
    private String locale = "vi";

    @Column(name = "last_login_at")
    private @Nullable LocalDateTime lastLoginAt;

    @NotEmpty(message = "{validation.roles.required}")
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "search_key", nullable = false, length = 400)
    private String searchKey = "";

    protected UserAccount() {
    }

    public UserAccount(String username, String fullName, Set<Role> roles) {
        this.username = normalizeUsername(username);
        this.fullName = fullName;
        setRoles(roles);
    }

    public static String normalizeUsername(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    @PrePersist
    @PreUpdate
    void updateSearchKey() {
        searchKey = SearchText.keyOf(username, fullName, email);
    }

    public String getUsername() {
        return username;
    }

    /** Only for a new account; the user name is fixed once saved. */
    public void setUsername(String username) {
        this.username = normalizeUsername(username);
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName.strip();
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = trimToNull(email);
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(locale);
    }

    void setLocale(Locale locale) {
        this.locale = locale.getLanguage();
    }

    public @Nullable LocalDateTime getLastLoginAt() {
        return lastLoginAt;
    }

    void setLastLoginAt(LocalDateTime lastLoginAt) {
        this.lastLoginAt = lastLoginAt;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean isActiveAdmin() {
        return active && roles.contains(Role.ADMIN);
    }

    public String getSearchKey() {
        return searchKey;
    }
}

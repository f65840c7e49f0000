package vn.lopboiduong.user;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lopboiduong.security.PortalUser;

/** Loads an account for Spring Security's sign-in. */
@Service
@Transactional(readOnly = true)
class AccountDetailsService implements UserDetailsService {

    private final UserRepository repository;

    AccountDetailsService(UserRepository repository) {
        this.repository = repository;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = repository.findByUsername(UserAccount.normalizeUsername(username))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        var authorities = account.getRoles().stream()
                .map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        return new PortalUser(account.getUsername(), account.getPasswordHash(), account.isActive(),
                account.getFullName(), authorities);
    }
}

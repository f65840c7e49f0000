package vn.lopboiduong.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import vn.lopboiduong.base.domain.BusinessException;
import vn.lopboiduong.security.Role;

/** A long Vietnamese password is refused with the byte limit in the message, never an internal error. */
@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMIN")
class LongPasswordIntegrationTest {

    /** 56 characters, 81 bytes in UTF-8. */
    private static final String LONG_VIETNAMESE = "Đồngchíhọcviênlớpbồidưỡngnângcaonănglựclãnhđạoquảnlý2025";

    @Autowired
    UserService users;

    @Test
    void creatingOrResettingWithALongVietnamesePasswordIsRefusedWithTheLimit() {
        String username = "dai" + UUID.randomUUID().toString().substring(0, 8);
        assertThatThrownBy(() -> users.create(new UserAccount(username, "Mật Khẩu Dài", EnumSet.of(Role.VIEWER)),
                LONG_VIETNAMESE)).isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("password.too-long");
                    assertThat(e.getArguments()).containsExactly("72");
                });
        long id = users.create(new UserAccount(username, "Mật Khẩu Dài", EnumSet.of(Role.VIEWER)), "Strong@2025")
                .requireId();
        assertThatThrownBy(() -> users.resetPassword(id, LONG_VIETNAMESE)).isInstanceOf(BusinessException.class)
                .extracting("messageKey").isEqualTo("password.too-long");
    }

    @Test
    @WithMockUser(username = "organizer", roles = "ORGANIZER")
    void changingOnesOwnPasswordToALongOneIsRefusedAndALongCurrentOneIsSimplyWrong() {
        assertThatThrownBy(() -> users.changeOwnPassword("Demo@2025", LONG_VIETNAMESE))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("password.too-long");
        assertThatThrownBy(() -> users.changeOwnPassword(LONG_VIETNAMESE, "Moi@2026xyz"))
                .isInstanceOf(BusinessException.class).extracting("messageKey")
                .isEqualTo("profile.error.wrong-current-password");
    }
}

package vn.lopboiduong;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Every application Vaadin starts installs its own security-context strategy JVM-wide, and the services of a cached
 * test context read the one of their own context. A test class that starts another application (other properties,
 * a production start) would leave the next test's signed-in user where that test's services do not look. Before
 * each test, this puts back the strategy of the test's own context, so no test depends on which ran before it.
 */
public class SecurityStrategyTestExecutionListener implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }

    /** Before Spring Security's own listener signs in the test's user (@WithMockUser). */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}

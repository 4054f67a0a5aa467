package org.switchboard.platform.tenancy;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * The partner visit the current request acts in, for services that record who did something.
 * Work done off a request (timers, batch) has none.
 */
@Dependent
public class ActingVisit {

    @Inject
    Instance<Tenant> tenant;

    public Optional<Visit> current() {
        try {
            return tenant.get().visitHere();
        } catch (ContextNotActiveException offRequest) {
            return Optional.empty();
        }
    }
}

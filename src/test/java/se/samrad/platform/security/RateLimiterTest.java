package se.samrad.platform.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RateLimiterTest {

    @Test
    void aFloodOfNewAddressesDoesNotRefillTheBucketOfTheAddressBeingLimited() {
        RateLimiter limiter = new RateLimiter(null);
        for (int i = 0; i < 5; i++) {
            assertTrue(limiter.tryAcquire("sign-in", "198.51.100.7", 5));
        }
        assertFalse(limiter.tryAcquire("sign-in", "198.51.100.7", 5), "the sixth in a minute is refused");
        // An attacker spreads requests over more addresses than the limiter keeps, hoping to empty its memory.
        for (int i = 0; i < 150_000; i++) {
            limiter.tryAcquire("sign-in", "flood-" + i, 5);
            if (i % 10_000 == 0) {
                assertFalse(limiter.tryAcquire("sign-in", "198.51.100.7", 5), "still limited after " + i);
            }
        }
        assertFalse(limiter.tryAcquire("sign-in", "198.51.100.7", 5), "still limited after the flood");
    }
}

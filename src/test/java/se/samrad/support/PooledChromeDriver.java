package se.samrad.support;

import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.devtools.DevTools;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A Chromium that outlives the test class that started it: a test JVM runs many classes one after another
 * (pom.xml), and starting Chromium and chromedriver for each cost a few seconds of both cores. {@link #quit()}
 * gives the browser back to the JVM's pool, cleaned as a new one would be (no cookies, cache, storage of the
 * sites it opened, extra tabs, changed window size or timeouts), and {@link Browser#start} hands it to the next
 * class that asks for the same kind (JavaScript on or off, window size). A browser a test changed through the
 * DevTools protocol (a script run in every new page, network conditions) could carry that into the next class, so
 * it is really quit instead; so is one whose cleaning fails. The pool's browsers are quit when the JVM ends.
 */
final class PooledChromeDriver extends ChromeDriver {

    record Kind(boolean javascript, int width, int height) {
    }

    private static final Map<Kind, Deque<PooledChromeDriver>> IDLE = new HashMap<>();
    private static final Set<PooledChromeDriver> ALL = new LinkedHashSet<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(PooledChromeDriver::quitAll, "chromium-pool-shutdown"));
    }

    private final Kind kind;
    private final Set<String> origins = new LinkedHashSet<>();
    private boolean changedThroughDevTools;

    private PooledChromeDriver(ChromeDriverService service, ChromeOptions options, Kind kind) {
        super(service, options);
        this.kind = kind;
    }

    /** An idle browser of this kind, or a new one. */
    static PooledChromeDriver take(Kind kind, Supplier<ChromeDriverService> service, Supplier<ChromeOptions> options) {
        synchronized (IDLE) {
            PooledChromeDriver idle = IDLE.getOrDefault(kind, new ArrayDeque<>()).poll();
            if (idle != null) {
                return idle;
            }
        }
        PooledChromeDriver driver = new PooledChromeDriver(service.get(), options.get(), kind);
        synchronized (IDLE) {
            ALL.add(driver);
            System.out.println("Chromium started for " + kind + " (" + ALL.size() + " running in this JVM)");
        }
        return driver;
    }

    @Override
    public void get(String url) {
        remember(url);
        super.get(url);
    }

    private void remember(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() != null && uri.getScheme().startsWith("http") && uri.getAuthority() != null) {
                origins.add(uri.getScheme() + "://" + uri.getAuthority());
            }
        } catch (IllegalArgumentException e) {
            // not a URL we need to clean after
        }
    }

    @Override
    public Map<String, Object> executeCdpCommand(String commandName, Map<String, Object> parameters) {
        changedThroughDevTools = true;
        return super.executeCdpCommand(commandName, parameters);
    }

    @Override
    public Optional<DevTools> maybeGetDevTools() {
        changedThroughDevTools = true;
        return super.maybeGetDevTools();
    }

    @Override
    public DevTools getDevTools() {
        changedThroughDevTools = true;
        return super.getDevTools();
    }

    /** Back to the pool, cleaned; really quit if it cannot be trusted clean. */
    @Override
    public void quit() {
        if (!changedThroughDevTools && clean()) {
            synchronized (IDLE) {
                if (ALL.contains(this)) {
                    IDLE.computeIfAbsent(kind, k -> new ArrayDeque<>()).push(this);
                    return;
                }
            }
        }
        synchronized (IDLE) {
            ALL.remove(this);
        }
        super.quit();
    }

    private boolean clean() {
        try {
            // the sites the tabs show, also those reached by navigate() or a link
            for (String handle : List.copyOf(getWindowHandles())) {
                remember(switchTo().window(handle).getCurrentUrl());
            }
            // a new tab, the others closed: no page, no sessionStorage, no history left
            String fresh = switchTo().newWindow(WindowType.TAB).getWindowHandle();
            for (String handle : List.copyOf(getWindowHandles())) {
                if (!handle.equals(fresh)) {
                    switchTo().window(handle).close();
                }
            }
            switchTo().window(fresh);
            Map<String, Object> none = Map.of();
            super.executeCdpCommand("Network.clearBrowserCookies", none);
            super.executeCdpCommand("Network.clearBrowserCache", none);
            for (String origin : origins) {
                super.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
            }
            origins.clear();
            manage().window().setSize(new org.openqa.selenium.Dimension(kind.width(), kind.height()));
            manage().timeouts().implicitlyWait(Duration.ZERO);
            manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void quitAll() {
        List<PooledChromeDriver> drivers;
        synchronized (IDLE) {
            drivers = List.copyOf(ALL);
            ALL.clear();
            IDLE.clear();
        }
        for (PooledChromeDriver driver : drivers) {
            try {
                driver.reallyQuit();
            } catch (RuntimeException e) {
                // the JVM is ending; chromedriver ends with it
            }
        }
    }

    private void reallyQuit() {
        super.quit();
    }
}

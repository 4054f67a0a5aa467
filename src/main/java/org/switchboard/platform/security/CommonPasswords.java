package org.switchboard.platform.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The 10,000 most common passwords, shipped with the application and read once. */
public final class CommonPasswords {

    private static final String LIST = "common-passwords.txt";

    private CommonPasswords() {
    }

    /** Whether the password, in any letter case, is on the list. */
    public static boolean contains(String password) {
        return Holder.LIST.contains(password.toLowerCase(Locale.ROOT));
    }

    static int size() {
        return Holder.LIST.size();
    }

    private static final class Holder {
        static final Set<String> LIST = load();

        private static Set<String> load() {
            Set<String> passwords = new HashSet<>(16_384);
            try (InputStream in = CommonPasswords.class.getResourceAsStream(CommonPasswords.LIST)) {
                if (in == null) {
                    throw new IllegalStateException("The common password list " + CommonPasswords.LIST + " is missing");
                }
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        passwords.add(line.strip());
                    }
                }
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
            return Set.copyOf(passwords);
        }
    }
}

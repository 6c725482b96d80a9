package nl.wijkafspraken.ondertekening;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code wijkafspraken.ondertekening.*}; the defaults are in application.properties. The links in e-mails start with
 * the app's public address, {@code wijkafspraken.basis-url}.
 *
 * @param linkGeldigheid      how long an invitation link works (issue 5: 14 days)
 * @param herinneringNa       the first reminder, after the invitation (issue 5: 5 days)
 * @param herinneringInterval the next reminders, until the link expires (issue 5: weekly)
 * @param herinneringControle how often the reminder job looks for invitations due a reminder
 * @param mandaatScope        the scope of the mandaat a college member needs to sign for the gemeente, as the
 *                            besluit granted it
 */
@ConfigurationProperties("wijkafspraken.ondertekening")
@Validated
record OndertekeningEigenschappen(@NotNull Duration linkGeldigheid,
        @NotNull Duration herinneringNa, @NotNull Duration herinneringInterval, @NotNull Duration herinneringControle,
        @NotBlank String mandaatScope) {
}

package nl.wijkafspraken.post;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code wijkafspraken.post.*}; the defaults are in application.properties. The SMTP server itself is Boot's
 * {@code spring.mail.*}.
 *
 * @param afzender    the From address, e.g. {@code Gemeente Aalsmeer <noreply@aalsmeer.nl>}
 * @param interval    how often the retry job looks for failed messages, and how long a message waits before it
 * @param maxPogingen attempts per message, the first included, before it is given up on
 */
@ConfigurationProperties("wijkafspraken.post")
@Validated
record PostEigenschappen(@NotBlank String afzender, @NotNull Duration interval, @Min(1) int maxPogingen) {
}

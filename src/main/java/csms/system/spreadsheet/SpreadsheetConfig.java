package csms.system.spreadsheet;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the import limits ({@code csms.import.*}). */
@Configuration
@EnableConfigurationProperties(ImportLimits.class)
class SpreadsheetConfig {
}

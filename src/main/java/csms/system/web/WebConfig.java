package csms.system.web;

import csms.system.OrganisationSettings;
import csms.system.security.ExplicitAuthorizationInterceptor;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import java.util.TimeZone;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Locale (zh-CN by default, the user's choice kept in a cookie and in their profile; API clients may ask for
 * English with Accept-Language), the organisation's time zone for {@code ZoneId} handler arguments, and the
 * default-deny check.
 */
@Configuration
class WebConfig implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver(OrganisationSettings organisation) {
        CookieLocaleResolver resolver = new CookieLocaleResolver("csms-lang") {
            @Override
            public LocaleContext resolveLocaleContext(HttpServletRequest request) {
                LocaleContext cookie = super.resolveLocaleContext(request);
                // The organisation's zone is looked up only when a handler asks for it, not on every request.
                return new TimeZoneAwareLocaleContext() {
                    @Override
                    public Locale getLocale() {
                        return cookie.getLocale();
                    }

                    @Override
                    public TimeZone getTimeZone() {
                        TimeZone chosen = ((TimeZoneAwareLocaleContext) cookie).getTimeZone();
                        return chosen != null ? chosen : TimeZone.getTimeZone(organisation.zone());
                    }
                };
            }
        };
        resolver.setDefaultLocaleFunction(WebConfig::defaultLocale);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /** Pages are Chinese until the user chooses; API calls without a cookie follow Accept-Language (zh or en). */
    static Locale defaultLocale(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") != null && PathWithinApp.of(request).startsWith("/api/")
                && "en".equals(request.getLocale().getLanguage())) {
            return Locale.ENGLISH;
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ExplicitAuthorizationInterceptor());
        registry.addInterceptor(new LanguageSwitch());
    }
}

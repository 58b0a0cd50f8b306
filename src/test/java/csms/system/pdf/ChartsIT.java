package csms.system.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * ECharts from its WebJar and the layout's chart hook: only a page that passes {@code withCharts=true} loads
 * ECharts and {@code charts.js}; its chart options reach the page as JSON data, not as scripts.
 */
@IntegrationTest
class ChartsIT {

    static final String PAGE = "/chart-test/page";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    RequestMappingInfo mapping;
    SignedInUser agent;

    /** A page controller with a chart. */
    public static class Handler {
        @PreAuthorize("hasRole('AGENT')")
        public String page(Model model) {
            model.addAttribute("option", "{\"series\":[{\"type\":\"pie\",\"data\":[{\"name\":\"<b>质量</b>\",\"value\":3}]}]}");
            model.addAttribute("causes", Map.of("xAxis", Map.of("data", List.of("包装破损")),
                    "series", List.of(Map.of("type", "bar", "data", List.of(7)))));
            return "chart-test/page";
        }
    }

    @BeforeEach
    void register() throws NoSuchMethodException {
        agent = fixtures.user(Role.AGENT);
        mapping = RequestMappingInfo.paths(PAGE).build();
        mappings.registerMapping(mapping, new Handler(), Handler.class.getMethod("page", Model.class));
    }

    @AfterEach
    void unregister() {
        mappings.unregisterMapping(mapping);
    }

    MockHttpServletResponse fetch(String path) throws Exception {
        return mvc.perform(get(path).with(Fixtures.as(agent))).andReturn().getResponse();
    }

    @Test
    void echartsAndTheChartScriptAreServedToASignedInUser() throws Exception {
        MockHttpServletResponse echarts = fetch("/webjars/echarts/dist/echarts.min.js");
        MockHttpServletResponse charts = fetch("/js/charts.js");

        assertThat(echarts.getStatus()).isEqualTo(200);
        assertThat(echarts.getContentType()).contains("javascript");
        assertThat(echarts.getContentAsByteArray().length).isGreaterThan(500_000);
        assertThat(charts.getStatus()).isEqualTo(200);
        assertThat(charts.getContentAsString()).contains("data-chart", "echarts.init");
    }

    @Test
    void aPageThatAsksForChartsLoadsEChartsWithItsOptionsAsJsonData() throws Exception {
        String html = fetch(PAGE).getContentAsString();

        assertThat(html).contains("<script src=\"/webjars/echarts/5.3.1/dist/echarts.min.js\" defer></script>",
                "<script src=\"/js/charts.js\" defer></script>");
        assertThat(html).as("the option in an attribute, escaped")
                .contains("data-chart=\"{&quot;series&quot;:[{&quot;type&quot;:&quot;pie&quot;",
                        "&quot;&lt;b&gt;质量&lt;/b&gt;&quot;");
        assertThat(html).as("the option in a JSON block, serialised by the template")
                .contains("<script type=\"application/json\" id=\"by-cause\">{")
                .contains("\"xAxis\":{\"data\":[\"\\u5305\\u88C5\\u7834\\u635F\"]}");
    }

    @Test
    void otherPagesDoNotLoadECharts() throws Exception {
        String home = fetch("/").getContentAsString();

        assertThat(home).contains("/js/app.js").doesNotContain("echarts", "charts.js");
    }
}

package csms.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.shared.Role;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Departments: created, renamed and given a supervisor by administrators, on the page and over the API. */
@IntegrationTest
class DepartmentAdministrationIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Departments departments;

    SignedInUser admin;

    @BeforeEach
    void admin() {
        admin = fixtures.user(Role.ADMIN);
    }

    @Test
    void anAdministratorCreatesADepartmentWithASupervisorOnThePage() throws Exception {
        SignedInUser supervisor = fixtures.user(Role.SUPERVISOR);
        String name = "售后组-" + System.nanoTime();
        mvc.perform(post("/admin/departments").with(Fixtures.as(admin)).with(csrf())
                .param("name", name).param("supervisorId", String.valueOf(supervisor.id())))
                .andExpect(redirectedUrl("/admin/departments"));
        mvc.perform(get("/admin/departments").with(Fixtures.as(admin)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString(supervisor.displayName())));
        assertThat(departments.all()).filteredOn(d -> d.getName().equals(name)).singleElement()
                .extracting(Department::getSupervisorId).isEqualTo(supervisor.id());
    }

    @Test
    void onlySupervisorsOrAboveCanBeAppointed() throws Exception {
        SignedInUser agent = fixtures.user(Role.AGENT);
        String name = "客服一组-" + System.nanoTime();
        mvc.perform(post("/admin/departments").with(Fixtures.as(admin)).with(csrf())
                .param("name", name).param("supervisorId", String.valueOf(agent.id())))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("departmentForm", "supervisorId"))
                .andExpect(content().string(containsString(name)));
        assertThat(departments.all()).noneMatch(d -> d.getName().equals(name));

        SignedInUser director = fixtures.user(Role.DIRECTOR);
        mvc.perform(post("/api/v1/departments").with(Fixtures.as(admin)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"" + name + "\",\"supervisorId\":" + director.id() + "}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern(".*/api/v1/departments/\\d+")))
                .andExpect(jsonPath("$.supervisorId").value(director.id()));
    }

    @Test
    void renamingIsVersionCheckedOnThePageAndOverTheApi() throws Exception {
        long id = fixtures.department();
        String renamed = "重命名-" + System.nanoTime();
        mvc.perform(post("/admin/departments/" + id).with(Fixtures.as(admin)).with(csrf())
                .param("name", renamed).param("supervisorId", "").param("version", "0"))
                .andExpect(redirectedUrl("/admin/departments"));
        assertThat(departments.get(id).getName()).isEqualTo(renamed);

        mvc.perform(post("/admin/departments/" + id).with(Fixtures.as(admin)).with(csrf())
                .param("name", "过期的名字").param("version", "0"))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("过期的名字")));
        mvc.perform(put("/api/v1/departments/" + id).with(Fixtures.as(admin)).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"过期的名字\"}"))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/departments/" + id).with(Fixtures.as(admin)))
                .andExpect(header().string("ETag", "\"1\"")).andExpect(jsonPath("$.name").value(renamed));
        mvc.perform(put("/api/v1/departments/" + id).with(Fixtures.as(admin)).header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"API 改名-" + id + "\"}"))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"2\""));
    }

    @Test
    void theApiListsDepartmentsInPages() throws Exception {
        fixtures.department();
        mvc.perform(get("/api/v1/departments").with(Fixtures.as(admin)).param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.totalPages").isNumber());
        mvc.perform(get("/api/v1/departments").with(Fixtures.as(admin)).param("size", "1000"))
                .andExpect(status().isUnprocessableContent());
    }
}

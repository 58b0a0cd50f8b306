package csms.system;

import org.springframework.data.jpa.repository.JpaRepository;

interface RuleSettingRepository extends JpaRepository<RuleSetting, String> {
}

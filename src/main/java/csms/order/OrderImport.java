package csms.order;

import csms.identity.Department;
import csms.identity.Departments;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.shared.RuleViolation;
import csms.system.spreadsheet.ImportColumn;
import csms.system.spreadsheet.ImportLayout;
import csms.system.spreadsheet.ImportMode;
import csms.system.spreadsheet.ImportPlan;
import csms.system.spreadsheet.ImportResult;
import csms.system.spreadsheet.ImportRow;
import csms.system.spreadsheet.SpreadsheetImport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports the ledger from a shop platform's export (ORD-1), {@code .xlsx} or CSV: orders, and return/exchange lines
 * in a file of their own. Columns are matched by their Chinese or English label and the platforms' usual headers;
 * each row goes through the ledger's checks and problems are reported by row and column. Importing the same file
 * again is idempotent: an order is found by shop and platform order number, a return by shop and after-sales number,
 * and an unchanged row writes nothing.
 */
@Service
public class OrderImport {

    public static final String SUBJECT = "order";
    public static final String RETURN_SUBJECT = "orderreturn";

    static final ImportLayout ORDERS = ImportLayout.of(
            ImportColumn.required("shop", "order.field.shop", "店铺名称", "店铺名", "store"),
            ImportColumn.required("orderNo", "order.field.order-no", "订单编号", "订单号", "主订单编号", "order id"),
            ImportColumn.required("orderDate", "order.field.order-date", "下单时间", "订单创建时间", "创建时间",
                    "付款时间"),
            ImportColumn.optional("buyerName", "order.field.buyer", "买家会员名", "收货人姓名", "收货人", "buyer"),
            ImportColumn.optional("customerId", "order.field.customer-id"),
            ImportColumn.optional("customerPhone", "order.field.phone", "联系手机", "收货人手机", "手机号", "mobile"),
            ImportColumn.optional("agentId", "order.field.agent", "客服", "客服工号", "agent number"),
            ImportColumn.optional("departmentId", "order.field.group", "客服组", "部门", "department"),
            ImportColumn.required("amount", "order.field.amount", "实付金额", "买家实付金额", "订单金额", "实收款"),
            ImportColumn.optional("commissionPoints", "order.field.points", "扣点", "平台扣点", "佣金", "commission"),
            ImportColumn.optional("shipping", "order.field.shipping", "快递费", "运费", "邮费", "shipping fee"),
            ImportColumn.optional("note", "order.field.note", "备注", "订单备注", "remark"));

    static final ImportLayout RETURNS = ImportLayout.of(
            ImportColumn.required("shop", "order.field.shop", "店铺名称", "店铺名", "store"),
            ImportColumn.required("returnNo", "order.return.field.number", "退款编号", "退款单号", "售后单号",
                    "refund id"),
            ImportColumn.required("orderNo", "order.field.order-no", "订单编号", "订单号", "主订单编号", "order id"),
            ImportColumn.required("kind", "order.return.field.kind", "售后类型", "退款类型", "type"),
            ImportColumn.required("amount", "order.return.field.amount", "退款金额", "买家退款金额", "refund amount"),
            ImportColumn.required("date", "order.return.field.date", "退款时间", "申请时间", "售后时间", "refund date"),
            ImportColumn.optional("reason", "order.return.field.reason", "退款原因", "售后原因", "原因"));

    private final SpreadsheetImport imports;
    private final OrderLedger ledger;
    private final OrderReturns orderReturns;
    private final UserAccounts users;
    private final Departments departments;

    OrderImport(SpreadsheetImport imports, OrderLedger ledger, OrderReturns orderReturns, UserAccounts users,
            Departments departments) {
        this.imports = imports;
        this.ledger = ledger;
        this.orderReturns = orderReturns;
        this.users = users;
        this.departments = departments;
    }

    public ImportLayout orderLayout() {
        return ORDERS;
    }

    public ImportLayout returnLayout() {
        return RETURNS;
    }

    /** Imports an uploaded orders file. */
    public ImportResult orders(ImportMode mode, MultipartFile file) {
        return withFile(file, in -> orders(mode, in, file.getOriginalFilename()));
    }

    /** Imports an uploaded returns file. */
    public ImportResult returns(ImportMode mode, MultipartFile file) {
        return withFile(file, in -> returns(mode, in, file.getOriginalFilename()));
    }

    /** Imports orders; must not be called inside a transaction (the import opens its own). */
    public ImportResult orders(ImportMode mode, InputStream content, String fileName) {
        requireEditor();
        Map<String, Long> agents = agentsByNumberOrName();
        Map<String, Long> groups = groupsByName();
        ImportPlan<OrderInput> plan = ImportPlan.of(SUBJECT, OrderLedger.SUBJECT, ORDERS,
                row -> order(row, agents, groups), ledger::importOrder);
        return imports.run(plan, mode, content, fileName);
    }

    /** Imports return and exchange lines of known orders. */
    public ImportResult returns(ImportMode mode, InputStream content, String fileName) {
        requireEditor();
        ImportPlan<ReturnRow> plan = ImportPlan.of(RETURN_SUBJECT, OrderLedger.SUBJECT, RETURNS, OrderImport::line,
                r -> orderReturns.importReturn(r.orderNo(), r.input(), r.shop()));
        return imports.run(plan, mode, content, fileName);
    }

    private static OrderInput order(ImportRow row, Map<String, Long> agents, Map<String, Long> groups) {
        String shop = row.required("shop");
        String orderNo = row.required("orderNo");
        java.time.LocalDate date = row.required("orderDate") == null ? null : day(row, "orderDate");
        java.math.BigDecimal amount = row.decimal("amount");
        if (amount == null && row.isValid()) {
            row.reject("amount", "validation.required");
        }
        Long customerId = row.number("customerId");
        Long agentId = null;
        String agent = row.text("agentId");
        if (agent != null) {
            agentId = agents.get(key(agent));
            if (agentId == null) {
                row.reject("agentId", "order.import.agent-unknown", agent);
            }
        }
        Long departmentId = null;
        String group = row.text("departmentId");
        if (group != null) {
            departmentId = groups.get(key(group));
            if (departmentId == null) {
                row.reject("departmentId", "order.import.group-unknown", group);
            }
        }
        return new OrderInput(shop, orderNo, date, customerId, row.text("customerPhone"), row.text("buyerName"),
                agentId, departmentId, amount, row.decimal("commissionPoints"), row.decimal("shipping"),
                row.text("note"), null);
    }

    /** Platforms export a date or a date and time; either gives the day. */
    private static java.time.LocalDate day(ImportRow row, String column) {
        String text = row.text(column);
        if (text != null && text.length() > 10 && text.contains(":")) {
            java.time.LocalDateTime at = row.dateTime(column);
            return at == null ? null : at.toLocalDate();
        }
        return row.date(column);
    }

    private static ReturnRow line(ImportRow row) {
        String shop = row.required("shop");
        String orderNo = row.required("orderNo");
        String returnNo = row.required("returnNo");
        ReturnKind kind = kind(row.required("kind"));
        if (kind == null && row.text("kind") != null) {
            row.reject("kind", "order.import.kind-unknown", row.text("kind"));
        }
        java.math.BigDecimal amount = row.decimal("amount");
        java.time.LocalDate date = row.required("date") == null ? null : day(row, "date");
        return new ReturnRow(shop, orderNo, new ReturnInput(returnNo, kind, amount, date, row.text("reason")));
    }

    /** 退货/退货退款/仅退款 → RETURN, 换货 → EXCHANGE (also the English names). */
    static ReturnKind kind(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (t.equals("RETURN") || t.contains("退")) {
            return ReturnKind.RETURN;
        }
        if (t.equals("EXCHANGE") || t.contains("换")) {
            return ReturnKind.EXCHANGE;
        }
        return null;
    }

    private void requireEditor() {
        if (!ledger.access().mayEdit()) {
            throw new AccessDeniedException("order.import");
        }
    }

    private Map<String, Long> agentsByNumberOrName() {
        Map<String, Long> byKey = new HashMap<>();
        for (UserAccount u : users.activeAgents()) {
            byKey.put(key(u.getUsername()), u.getId());
            byKey.put(key(u.getDisplayName()), u.getId());
        }
        for (UserAccount u : users.activeAgents()) {
            if (u.getAgentNumber() != null) {
                byKey.put(key(u.getAgentNumber()), u.getId());
            }
        }
        return byKey;
    }

    private Map<String, Long> groupsByName() {
        Map<String, Long> byName = new HashMap<>();
        for (Department d : departments.all()) {
            byName.put(key(d.getName()), d.getId());
        }
        return byName;
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    private static ImportResult withFile(MultipartFile file, java.util.function.Function<InputStream,
            ImportResult> run) {
        if (file == null || file.isEmpty()) {
            throw RuleViolation.onField("file", "spreadsheet.file.empty");
        }
        try (InputStream in = file.getInputStream()) {
            return run.apply(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A return row: the order it belongs to and the line. */
    record ReturnRow(String shop, String orderNo, ReturnInput input) {
    }
}

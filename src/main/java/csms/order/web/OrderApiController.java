package csms.order.web;

import csms.order.NetSales;
import csms.order.NetSalesFigure;
import csms.order.OrderDetails;
import csms.order.OrderFilter;
import csms.order.OrderImport;
import csms.order.OrderInput;
import csms.order.OrderLedger;
import csms.order.OrderReturn;
import csms.order.OrderReturns;
import csms.order.OrderRow;
import csms.order.ReturnInput;
import csms.order.ReturnKind;
import csms.order.ShopOrder;
import csms.shared.ExpectedVersion;
import csms.shared.PageQuery;
import csms.shared.PagedResult;
import csms.system.spreadsheet.ImportMode;
import csms.system.spreadsheet.ImportSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The order ledger 每日台账 over REST (ORD-1, PAY-2): the same facades, access and audit as the pages — a page of
 * orders with the ledger's filters, an order with its returns and exchanges, hand entry and change (the version in
 * If-Match or body: stale → 409), a return line, the imports of the shop platform's files (per-row problems, the same
 * file again changes nothing), and a month's net sales per group.
 */
@RestController
@RequestMapping("/api/v1/orders")
@Tag(name = "Orders", description = "The order ledger 每日台账: orders, returns and exchanges, imports, net sales")
class OrderApiController {

    /** An order as the ledger lists it; amounts in yuan to the fen. */
    record OrderJson(long id, String shop, String orderNo, LocalDate orderDate, Long customerId, String buyerName,
            Long agentId, String agentName, long departmentId, String departmentName, BigDecimal amount,
            BigDecimal commissionPoints, BigDecimal shipping, int returnCount, long version) {

        static OrderJson of(OrderRow r) {
            return new OrderJson(r.id(), r.shop(), r.orderNo(), r.orderDate(), r.customerId(), r.buyerName(),
                    r.agentId(), r.agentName(), r.departmentId(), r.departmentName(), r.amount().amount(),
                    r.commissionPoints().amount(), r.shipping().amount(), r.returnCount(), r.version());
        }
    }

    /** A return or exchange line of an order. */
    record ReturnJson(long id, String returnNo, ReturnKind kind, BigDecimal amount, LocalDate returnDate,
            String reason, long version) {

        static ReturnJson of(OrderReturn r) {
            return new ReturnJson(r.getId(), r.getReturnNo(), r.getKind(), r.getAmount().amount(),
                    r.getReturnDate(), r.getReason(), r.getVersion());
        }
    }

    /** An order with its note and lines; {@code mayEdit}: the caller may change it. */
    record OrderDetailsJson(OrderJson order, String note, List<ReturnJson> returns, boolean mayEdit) {

        static OrderDetailsJson of(OrderDetails d) {
            return new OrderDetailsJson(OrderJson.of(d.order()), d.note(),
                    d.returns().stream().map(ReturnJson::of).toList(), d.mayEdit());
        }
    }

    /** A group's net sales of a month and its parts (PAY-2). */
    record NetSalesJson(long departmentId, String name, BigDecimal orders, BigDecimal shipping,
            BigDecimal commissionPoints, BigDecimal returns, BigDecimal exchanges, BigDecimal net, long orderCount,
            long returnCount, long exchangeCount) {

        static NetSalesJson of(NetSales.GroupNetSales g) {
            NetSalesFigure f = g.figure();
            return new NetSalesJson(g.departmentId(), g.name(), f.orders().amount(), f.shipping().amount(),
                    f.commissionPoints().amount(), f.returns().amount(), f.exchanges().amount(), f.net().amount(),
                    f.orderCount(), f.returnCount(), f.exchangeCount());
        }
    }

    private final OrderLedger ledger;
    private final OrderReturns returns;
    private final OrderImport imports;
    private final NetSales netSales;

    OrderApiController(OrderLedger ledger, OrderReturns returns, OrderImport imports, NetSales netSales) {
        this.ledger = ledger;
        this.returns = returns;
        this.imports = imports;
        this.netSales = netSales;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('AGENT', 'HR')")
    @Operation(summary = "A page of the ledger", description = "What the caller may see (an agent their own and "
            + "their group's orders, a supervisor the teams they lead, HR and managers all). Sort: orderDate (default, "
            + "newest first), orderNo, amount (prefix - for descending); size at most 100.")
    PagedResult<OrderJson> list(@RequestParam(required = false) String q, @RequestParam(required = false) String shop,
            @RequestParam(required = false) Long departmentId, @RequestParam(required = false) Long agentId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Boolean hasReturns, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
        return PagedResult.of(ledger.page(new OrderFilter(q, shop, departmentId, agentId, from, to, hasReturns),
                PageQuery.of(page, size, sort)).map(OrderJson::of));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('AGENT', 'HR')")
    @Operation(summary = "An order with its returns and exchanges", description = "404 when the caller may not see "
            + "it; ETag carries the version.")
    ResponseEntity<OrderDetailsJson> get(@PathVariable long id) {
        OrderDetailsJson d = OrderDetailsJson.of(ledger.get(id));
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(d.order().version())).body(d);
    }

    @PostMapping
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "Enter an order by hand", description = "The platform order number must be new in its shop "
            + "(422); the group credited must be one the caller keeps.")
    ResponseEntity<OrderDetailsJson> create(@RequestBody OrderInput body) {
        ShopOrder o = ledger.create(body);
        return ResponseEntity.created(URI.create("/api/v1/orders/" + o.getId())).body(OrderDetailsJson.of(
                ledger.get(o.getId())));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "Change an order", description = "Shop and number stay. Needs the version (If-Match or "
            + "body): stale → 409.")
    OrderDetailsJson update(@PathVariable long id, @RequestBody OrderInput body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        ledger.update(id, new OrderInput(body.shop(), body.orderNo(), body.orderDate(), body.customerId(),
                body.customerPhone(), body.buyerName(), body.agentId(), body.departmentId(), body.amount(),
                body.commissionPoints(), body.shipping(), body.note(),
                ExpectedVersion.required(ifMatch, body.version())));
        return OrderDetailsJson.of(ledger.get(id));
    }

    @PostMapping("/{id}/returns")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "Add a return or exchange line", description = "kind RETURN or EXCHANGE, amount up to what "
            + "is left of the order, dated on or after the order.")
    ResponseEntity<OrderDetailsJson> addReturn(@PathVariable long id, @RequestBody ReturnInput body) {
        returns.add(id, body);
        return ResponseEntity.status(201).body(OrderDetailsJson.of(ledger.get(id)));
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "Import the shop platform's orders (.xlsx or CSV, multipart part 'file')",
            description = "mode=VALID_ONLY (default) or ALL_OR_NOTHING; an order is known by shop and number: the same "
                    + "file again changes nothing. 200 with counts and the rejected rows; an unreadable file → 422.")
    ImportSummary importOrders(@RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "VALID_ONLY") ImportMode mode) {
        return ImportSummary.of(imports.orders(mode, file));
    }

    @PostMapping(path = "/returns/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "Import returns and exchanges (.xlsx or CSV, multipart part 'file')",
            description = "As the order import; a line is known by its return number.")
    ImportSummary importReturns(@RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "VALID_ONLY") ImportMode mode) {
        return ImportSummary.of(imports.returns(mode, file));
    }

    @GetMapping("/net-sales")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    @Operation(summary = "A month's net sales per group (PAY-2)", description = "orders − returns − exchanges − "
            + "prepaid shipping, platform points included; the groups the caller sees, a group without orders at "
            + "zero.")
    List<NetSalesJson> netSales(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        return netSales.byGroup(month).stream().map(NetSalesJson::of).toList();
    }
}

import PaylinkCore
import PayseraCheckout

// Literal syntax keeps the description below readable as the JSON it produces.
extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    init(stringLiteral value: String) { self = .string(value) }
    init(integerLiteral value: Int) { self = .number(String(value)) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}

/// The OpenAPI 3.0 description of everything the sandbox serves, at `GET /openapi.json`.
enum OpenAPIDocument {
    private static func ref(_ name: String) -> JSONValue { ["$ref": .string("#/components/schemas/\(name)")] }

    private static func json(_ schema: JSONValue) -> JSONValue { ["application/json": ["schema": schema]] }

    private static func error(_ text: String) -> JSONValue {
        ["description": .string(text), "content": json(ref("Error"))]
    }

    private static func answer(_ text: String, _ schema: JSONValue) -> JSONValue {
        ["description": .string(text), "content": json(schema)]
    }

    /// The refusals every authorized API call may give.
    private static func apiErrors(_ extra: [String: JSONValue] = [:]) -> [String: JSONValue] {
        var all: [String: JSONValue] = [
            "401": error("Access token missing, bad or expired"),
            "503": error("Injected by the error-rate fault"),
        ]
        all.merge(extra) { _, new in new }
        return all
    }

    private static func operation(
        _ id: String, _ summary: String, parameters: [JSONValue] = [], body: JSONValue? = nil,
        responses: [String: JSONValue], secured: Bool = true
    ) -> JSONValue {
        var op: [String: JSONValue] = [
            "operationId": .string(id), "summary": .string(summary), "responses": .object(responses),
        ]
        if !parameters.isEmpty { op["parameters"] = .array(parameters) }
        if let body { op["requestBody"] = body }
        op["security"] = secured ? [["bearerAuth": []]] : []
        return .object(op)
    }

    private static func pathParameter(_ name: String, _ schema: JSONValue) -> JSONValue {
        ["name": .string(name), "in": "path", "required": true, "schema": schema]
    }

    private static func queryParameter(_ name: String, _ schema: JSONValue, _ text: String) -> JSONValue {
        ["name": .string(name), "in": "query", "required": false, "schema": schema, "description": .string(text)]
    }

    private static func jsonBody(_ schema: JSONValue) -> JSONValue {
        ["required": true, "content": json(schema)]
    }

    private static let html: JSONValue = ["text/html": ["schema": ["type": "string"]]]

    /// Code lists from the core's ISO tables, so generated requests use real codes.
    private static let languageCodes = JSONValue.array(ISOTables.languages.map { .string($0.code) })
    private static let countryCodes = JSONValue.array(ISOTables.countries.map { .string($0.code) })
    private static let currencyCodes = JSONValue.array(ISOTables.currencies.map { .string($0.code) })
    private static let uuid: JSONValue = [
        "type": "string", "format": "uuid",
        "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
    ]
    private static let url: JSONValue = ["type": "string", "format": "uri", "pattern": "^https?://[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~/-]*)?$", "maxLength": 2048]

    private static var schemas: JSONValue {
        let string: JSONValue = ["type": "string"]
        let stringMap: JSONValue = ["type": "object", "additionalProperties": ["type": "string", "maxLength": 255]]
        let timestamp: JSONValue = ["type": "integer", "format": "int64", "description": "Unix seconds"]
        let linkStatus: JSONValue = ["type": "string", "enum": ["active", "completed", "expired", "canceled"]]
        let experience: JSONValue = [
            "type": "object",
            "properties": [
                "language": ["type": "string", "description": "ISO 639-1", "example": "en"],
                "payment_flow": ["type": "string", "enum": ["paysera_checkout", "direct_payment"]],
            ],
        ]
        let requestPaymentDetails: JSONValue = [
            "type": "object",
            "properties": [
                "key": ["type": "string", "minLength": 1, "maxLength": 255, "pattern": "^[A-Za-z0-9_-]+$", "example": "card-payment"],
                "purpose": ["type": "string", "maxLength": 255, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$"],
                "country_code": ["type": "string", "description": "ISO 3166-1 alpha-2", "enum": countryCodes],
            ],
        ]
        let requestPayer: JSONValue = [
            "type": "object",
            "properties": [
                "name": ["type": "string", "maxLength": 150, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$"],
                "email": ["type": "string", "pattern": "^[a-z0-9._-]{1,20}@[a-z0-9-]{1,20}\\.[a-z]{2,6}$", "example": "john@example.com"],
            ],
        ]
        let requestMetadata: JSONValue = [
            "type": "object",
            "additionalProperties": ["type": "string", "maxLength": 255, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$"],
        ]
        let paymentDetails: JSONValue = [
            "type": "object",
            "properties": [
                "key": ["type": "string", "maxLength": 255, "example": "card-payment"],
                "purpose": ["type": "string", "maxLength": 255],
                "country_code": ["type": "string", "description": "ISO 3166-1 alpha-2", "example": "LT"],
            ],
        ]
        let payer: JSONValue = [
            "type": "object",
            "properties": [
                "name": ["type": "string", "maxLength": 150],
                "email": ["type": "string", "example": "john@example.com"],
            ],
        ]
        return [
            "Error": [
                "type": "object",
                "properties": [
                    "error": string,
                    "error_description": string,
                    "error_properties": [
                        "type": "object", "additionalProperties": ["type": "array", "items": string],
                        "description": "Refused fields by API path, e.g. purchase.amount",
                    ],
                ],
            ],
            "AccessToken": [
                "type": "object",
                "required": ["access_token", "expires_in", "token_type"],
                "properties": [
                    "access_token": string, "expires_in": ["type": "integer"], "token_type": string,
                    "refresh_expires_in": ["type": "integer"], "scope": string,
                ],
            ],
            "TokenRequest": [
                "type": "object",
                "required": ["grant_type"],
                "properties": [
                    "grant_type": ["type": "string", "enum": ["client_credentials"]],
                    "client_id": string, "client_secret": string,
                ],
            ],
            "CreateOrderRequest": [
                "type": "object",
                "required": ["purchase"],
                "properties": [
                    "purchase": [
                        "type": "object",
                        "required": ["reference", "amount", "currency"],
                        "properties": [
                            "reference": ["type": "string", "minLength": 1, "maxLength": 255, "pattern": "^[A-Za-z0-9_/?:().,'+-][A-Za-z0-9 _/?:().,'+-]*$"],
                            "amount": [
                                "oneOf": [["type": "string", "pattern": "^0*[1-9][0-9]{0,9}$"], ["type": "integer", "minimum": 1, "maximum": 2_147_483_647]],
                                "description": "Minor units",
                            ],
                            "currency": ["type": "string", "description": "ISO 4217", "enum": currencyCodes],
                        ],
                    ],
                    "redirect_urls": [
                        "type": "object",
                        "properties": ["success_url": url, "failure_url": url, "cancel_url": url, "callback_url": url],
                    ],
                    "project_id": uuid,
                    "metadata": requestMetadata,
                    "merchant_data": requestMetadata,
                ],
            ],
            "Order": [
                "type": "object",
                "required": ["order_id"],
                "properties": [
                    "order_id": ["type": "string", "format": "uuid"],
                    "project_id": string,
                    "created_at": timestamp,
                    "purchase": [
                        "type": "object",
                        "properties": ["reference": string, "amount": ["type": "integer"], "currency": string],
                    ],
                    "metadata": stringMap,
                    "is_test": ["type": "boolean"],
                    "status": [
                        "type": "string", "enum": ["pending_payment", "paid", "refunded", "canceled", "closed"],
                        "description": "refunded: everything paid went back (sandbox convention)",
                    ],
                    "amount_paid": ["type": "integer", "description": "What the order's paid links add up to, in minor units"],
                    "amount_refunded": ["type": "integer", "description": "What its refunds that did not fail add up to, in minor units (sandbox convention)"],
                    "refunds": ["type": "array", "items": ref("Refund"), "description": "Oldest first (sandbox convention)"],
                ],
            ],
            "RefundRequest": [
                "type": "object",
                "required": ["refund_details"],
                "properties": [
                    "refund": [
                        "type": "object",
                        "properties": [
                            "refund_urls": [
                                "type": "object",
                                "properties": ["success_url": url, "failure_url": url, "callback_url": url],
                            ],
                            "metadata": requestMetadata,
                        ],
                    ],
                    "refund_details": [
                        "type": "object",
                        "required": ["order_id", "reference", "refund_amount", "currency"],
                        "properties": [
                            "order_id": uuid,
                            "reference": ["type": "string", "minLength": 1, "maxLength": 255, "description": "The order's reference"],
                            "refund_amount": [
                                "type": "integer", "minimum": 1, "maximum": 2_147_483_647,
                                "description": "Minor units; at most what was paid minus refunds not failed",
                            ],
                            "currency": ["type": "string", "description": "The order's currency", "enum": currencyCodes],
                            "payer": requestPayer,
                            "refund_method": ["type": "object", "properties": ["key": ["type": "string", "minLength": 1, "maxLength": 255]]],
                            "reason": ["type": "string", "maxLength": 255],
                        ],
                    ],
                ],
            ],
            "Refund": [
                "type": "object",
                "required": ["refund_id", "status", "amount", "currency"],
                "properties": [
                    "refund_id": ["type": "string", "format": "uuid"],
                    "status": ["type": "string", "enum": ["processing", "completed", "failed"]],
                    "amount": ["type": "integer", "description": "Minor units"],
                    "currency": string,
                    "created_at": ["type": "string", "format": "date-time", "description": "ISO 8601, ATOM form: 2026-12-04T10:15:00+00:00"],
                    "reference": ["type": "string", "description": "The order's reference"],
                    "reason": string,
                    "metadata": stringMap,
                ],
            ],
            "CreatePaymentLinkRequest": [
                "type": "object",
                "required": ["order_id", "name", "experience", "purchase"],
                "properties": [
                    "order_id": uuid,
                    "name": ["type": "string", "minLength": 1, "maxLength": 255, "pattern": "^[^\\s\\u0000-\\u001f\\u007f-\\u009f]"],
                    "experience": [
                        "type": "object", "required": ["language"],
                        "properties": [
                            "language": ["type": "string", "description": "ISO 639-1", "enum": languageCodes],
                            "payment_flow": ["type": "string", "enum": ["paysera_checkout", "direct_payment"]],
                        ],
                    ],
                    "purchase": [
                        "type": "object", "required": ["amount"],
                        "properties": ["amount": ["type": "integer", "minimum": 1, "maximum": 2_147_483_647]],
                    ],
                    "lifetime": ["type": "integer", "minimum": 0, "maximum": .number(String(86_313_600))],
                    "payment_details": requestPaymentDetails,
                    "payer_information": requestPayer,
                    "metadata": requestMetadata,
                ],
            ],
            "UpdatePaymentLinkRequest": [
                "type": "object",
                "properties": [
                    "name": ["type": "string", "minLength": 1, "maxLength": 255, "pattern": "^[^\\s\\u0000-\\u001f\\u007f-\\u009f]"],
                    "lifetime": ["type": "integer", "minimum": 0, "maximum": .number(String(86_313_600))],
                    "payer_information": requestPayer,
                    "payment_details": ["type": "object", "properties": ["purpose": ["type": "string", "maxLength": 255, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$"]]],
                ],
            ],
            "PaymentLink": [
                "type": "object",
                "required": ["link_id", "order_id", "payment_URL", "status", "created_at"],
                "properties": [
                    "link_id": ["type": "string", "format": "uuid"],
                    "order_id": ["type": "string", "format": "uuid"],
                    "payment_URL": ["type": "string", "format": "uri"],
                    "name": string,
                    "experience": experience,
                    "payment_details": paymentDetails,
                    "purchase": ["type": "object", "properties": ["amount": ["type": "integer"]]],
                    "payer_information": payer,
                    "metadata": stringMap,
                    "lifetime": ["type": "integer"],
                    "status": linkStatus,
                    "created_at": timestamp,
                    "expired_at": ["type": "integer", "format": "int64", "nullable": true, "description": "Unix seconds; null when the link never expires"],
                    "updated_at": timestamp,
                ],
            ],
            "PaymentLinkList": [
                "type": "object",
                "required": ["items", "_metadata"],
                "properties": [
                    "items": ["type": "array", "items": ref("PaymentLink")],
                    "_metadata": [
                        "type": "object",
                        "properties": ["total": ["type": "integer"], "limit": ["type": "integer"], "offset": ["type": "integer"]],
                    ],
                ],
            ],
            "PaymentMethodList": [
                "type": "object",
                "required": ["items"],
                "properties": [
                    "items": [
                        "type": "array",
                        "items": [
                            "type": "object",
                            "required": ["key"],
                            "properties": [
                                "key": string, "title": string, "description": string, "type": string, "flow": string,
                                "available_countries": ["type": "array", "items": string],
                                "available_currencies": [
                                    "type": "object",
                                    "additionalProperties": [
                                        "type": "object",
                                        "properties": ["min_amount": ["type": "integer"], "max_amount": ["type": "integer"]],
                                    ],
                                ],
                                "logo_url": string,
                            ],
                        ],
                    ],
                ],
            ],
        ]
    }

    /// The whole document, with the sandbox's own address as the server.
    static func document(baseURL: String) -> JSONValue {
        let links = APIPath.paymentLinks
        let linkID = pathParameter("link_id", ["type": "string"])
        let token = pathParameter("token", ["type": "string"])
        let methodKey = pathParameter("key", ["type": "string"])
        let bodyErrors: [String: JSONValue] = [
            "400": error("Invalid values (error_properties names each field) or malformed JSON"),
            "413": error("Body larger than 1 MiB"),
            "415": error("Body not sent as application/json"),
        ]
        let paths: [String: JSONValue] = [
            APIPath.token: [
                "post": operation(
                    "createAccessToken", "Access token (OAuth2 client credentials)",
                    body: ["required": true, "content": ["application/x-www-form-urlencoded": ["schema": ref("TokenRequest")]]],
                    responses: [
                        "200": answer("A bearer token", ref("AccessToken")),
                        "400": error("Missing or unsupported grant_type"),
                        "401": error("invalid_client"),
                        "413": error("Body larger than 1 MiB"),
                        "415": error("Body not sent as a form"),
                        "503": error("Injected by the error-rate fault"),
                    ],
                    secured: false)
            ],
            APIPath.orders: [
                "post": operation(
                    "createOrder", "Create an order", body: jsonBody(ref("CreateOrderRequest")),
                    responses: apiErrors(bodyErrors.merging(["201": answer("The order", ref("Order")), "409": error("Reference already used")]) { $1 }))
            ],
            APIPath.orders + "/{order_id}": [
                "get": operation(
                    "getOrder", "Read an order", parameters: [pathParameter("order_id", ["type": "string"])],
                    responses: apiErrors(["200": answer("The order", ref("Order")), "404": error("Unknown order")]))
            ],
            APIPath.refunds: [
                "post": operation(
                    "createRefund", "Give back all or part of what was paid on an order",
                    body: jsonBody(ref("RefundRequest")),
                    responses: apiErrors(bodyErrors.merging([
                        "201": answer("The refund, processing", ref("Refund")),
                        "404": error("Unknown order"),
                    ]) { $1 }))
            ],
            "/sandbox/refunds": [
                "get": operation(
                    "listRefunds", "Refunds oldest first, with their metadata and reason (scripts)",
                    parameters: [queryParameter("order_id", ["type": "string"], "Only this order's refunds")],
                    responses: ["200": answer("{\"items\":[refund with order_id]}", ["type": "object"])],
                    secured: false)
            ],
            links: [
                "post": operation(
                    "createPaymentLink", "Create a payment link for an existing order",
                    body: jsonBody(ref("CreatePaymentLinkRequest")),
                    responses: apiErrors(bodyErrors.merging(["201": answer("The link", ref("PaymentLink")), "409": error("The order takes no more links")]) { $1 })),
                "get": operation(
                    "listPaymentLinks", "List payment links, newest first",
                    parameters: [
                        queryParameter("order_id", uuid, "Only links of this order"),
                        queryParameter("status", ["type": "string", "enum": ["active", "completed", "expired", "canceled"]], "Only links with this status"),
                        queryParameter("limit", ["type": "integer", "minimum": 1, "maximum": 200, "default": 20], "Page size"),
                        queryParameter("offset", ["type": "integer", "minimum": 0, "maximum": 1_000_000_000, "default": 0], "Links to skip"),
                    ],
                    responses: apiErrors(["200": answer("One page of links", ref("PaymentLinkList")), "400": error("A query parameter is invalid")])),
            ],
            links + "/{link_id}": [
                "get": operation(
                    "getPaymentLink", "Read a payment link", parameters: [linkID],
                    responses: apiErrors(["200": answer("The link", ref("PaymentLink")), "404": error("Unknown link")])),
                "put": operation(
                    "updatePaymentLink", "Change name, lifetime, payer or purpose of an active link", parameters: [linkID],
                    body: jsonBody(ref("UpdatePaymentLinkRequest")),
                    responses: apiErrors(bodyErrors.merging([
                        "200": answer("The changed link", ref("PaymentLink")), "404": error("Unknown link"),
                        "409": error("The link is not active"),
                    ]) { $1 })),
            ],
            links + "/{link_id}/cancel": [
                "put": operation(
                    "cancelPaymentLink", "Cancel an active link", parameters: [linkID],
                    responses: apiErrors([
                        "200": answer("The canceled link", ref("PaymentLink")), "404": error("Unknown link"),
                        "409": error("The link is not active"),
                    ]))
            ],
            APIPath.methods: [
                "get": operation(
                    "listPaymentMethods", "Payment methods, filtered by amount and currency (both or neither)",
                    parameters: [
                        queryParameter("amount", ["type": "integer", "minimum": 1, "maximum": 2_147_483_647], "Minor units; send with currency"),
                        queryParameter("currency", ["type": "string", "enum": currencyCodes], "ISO 4217; send with amount"),
                    ],
                    responses: apiErrors(["200": answer("The methods", ref("PaymentMethodList")), "400": error("amount/currency invalid or only one given")]))
            ],
            PaymentPage.pathPrefix + "{token}": [
                "get": operation(
                    "paymentPage", "The payer's page for a payment_URL", parameters: [token],
                    responses: [
                        "200": ["description": "HTML page with Pay and Fail buttons", "content": html],
                        "404": ["description": "Unknown link", "content": html],
                    ],
                    secured: false)
            ],
            PaymentPage.pathPrefix + "{token}/pay": [
                "post": operation(
                    "payOnPage", "The payer pays", parameters: [token],
                    responses: [
                        "200": ["description": "Page after paying", "content": html],
                        "404": ["description": "Unknown link", "content": html],
                        "409": ["description": "Already paid or canceled", "content": html],
                    ],
                    secured: false)
            ],
            PaymentPage.pathPrefix + "{token}/fail": [
                "post": operation(
                    "failOnPage", "The payer's payment fails", parameters: [token],
                    responses: [
                        "200": ["description": "Page after the failure", "content": html],
                        "404": ["description": "Unknown link", "content": html],
                        "409": ["description": "Already paid or canceled", "content": html],
                    ],
                    secured: false)
            ],
            PaymentPage.pathPrefix + "{token}/methods/{key}": [
                "get": operation(
                    "methodPage", "One payment method's page: Pay, Fail and Back to the shop", parameters: [token, methodKey],
                    responses: [
                        "200": ["description": "HTML page", "content": html],
                        "404": ["description": "Unknown link or a method not offered for it", "content": html],
                    ],
                    secured: false)
            ],
            PaymentPage.pathPrefix + "{token}/methods/{key}/pay": [
                "post": operation(
                    "payWithMethod", "The payer pays with this method; 303 to the order's success_url", parameters: [token, methodKey],
                    responses: [
                        "303": ["description": "To redirect_urls.success_url, or a sandbox page when the order has none"],
                        "404": ["description": "Unknown link", "content": html],
                        "409": ["description": "Already paid or canceled", "content": html],
                    ],
                    secured: false)
            ],
            PaymentPage.pathPrefix + "{token}/methods/{key}/fail": [
                "post": operation(
                    "failWithMethod", "The payment fails; 303 to the order's failure_url", parameters: [token, methodKey],
                    responses: [
                        "303": ["description": "To redirect_urls.failure_url, or a sandbox page when the order has none"],
                        "404": ["description": "Unknown link", "content": html],
                        "409": ["description": "Already paid or canceled", "content": html],
                    ],
                    secured: false)
            ],
            PaymentPage.pathPrefix + "{token}/back": [
                "get": operation(
                    "backToShop", "The payer goes back to the shop without paying", parameters: [token],
                    responses: ["303": ["description": "To redirect_urls.cancel_url, or a sandbox page when the order has none"]],
                    secured: false)
            ],
            "/sandbox/events": [
                "get": operation(
                    "listEvents", "Webhook events, newest first, each with its deliveries (HTML for browsers)",
                    parameters: [queryParameter("order_id", ["type": "string"], "Only this order's events")],
                    responses: ["200": answer("{\"items\":[event with deliveries]}", ["type": "object"])],
                    secured: false)
            ],
            "/sandbox/requests": [
                "get": operation(
                    "listRequests", "The last 10,000 API requests: arrival (seconds since start), method, path, status, and a create's reference or order_id",
                    parameters: [],
                    responses: ["200": answer("{\"items\":[request]}", ["type": "object"])],
                    secured: false)
            ],
            "/sandbox/orders": [
                "get": operation(
                    "findOrders", "Orders with a reference, as a merchant finds them in the dashboard (the API cannot)",
                    parameters: [queryParameter("reference", ["type": "string"], "The order's purchase.reference")],
                    responses: ["200": answer("{\"items\":[order]}", ["type": "object"])],
                    secured: false)
            ],
            "/sandbox/events/{event_id}/resend": [
                "post": operation(
                    "resendEvent", "Deliver an event again now: same body and request id, fresh signature headers",
                    parameters: [
                        pathParameter("event_id", ["type": "string"]),
                        queryParameter("to", ["type": "string"], "Deliver here instead of the order's callback_url"),
                    ],
                    responses: [
                        "200": answer("The delivery: status, latency_ms, answer, error", ["type": "object"]),
                        "400": error("to is not an http or https address"), "404": error("Unknown event"),
                        "409": error("No callback_url and no to"),
                    ],
                    secured: false)
            ],
            "/sandbox/payment-links/{link_id}/pay": [
                "post": operation(
                    "simulatePayment", "Simulate a payer paying the link (scripts)", parameters: [linkID],
                    responses: [
                        "200": answer("The paid link", ref("PaymentLink")), "404": error("Unknown link"),
                        "409": error("Already paid or canceled"),
                    ],
                    secured: false)
            ],
            "/sandbox/payment-links/{link_id}/fail": [
                "post": operation(
                    "simulateFailure", "Simulate a failed payment (the link stays active)", parameters: [linkID],
                    responses: [
                        "200": answer("The link", ref("PaymentLink")), "404": error("Unknown link"),
                        "409": error("Already paid or canceled"),
                    ],
                    secured: false)
            ],
        ]
        return [
            "openapi": "3.0.3",
            "info": [
                "title": "Paysera Checkout API (paylink sandbox)",
                "version": "1.0.0",
                "description": "Local emulation of the Paysera Checkout API: tokens, orders, payment links, refunds, methods, payment page and webhooks.",
            ],
            "servers": [["url": .string(baseURL)]],
            "paths": .object(paths),
            "components": [
                "schemas": schemas,
                "securitySchemes": ["bearerAuth": ["type": "http", "scheme": "bearer", "bearerFormat": "JWT"]],
            ],
        ]
    }
}

// Sign-in throttling seen from the sign-in page: after 30 failed sign-ins from one address (any accounts) that
// address is told to wait, even with the right password; another address signs in as usual.
import { expect, test } from "@playwright/test";
import { ADDRESS_FAILURE_LIMIT } from "../../lib/data/login-throttle";
import { DEMO_PASSWORD } from "../../scripts/demo-accounts";
import { clientFor, serverDatabase, signInOverHttp } from "./security-support";

// The e2e server has no proxy in front, so the address it counts is the X-Forwarded-For the client sends
// (docs/security.md): each run uses addresses of its own.
const attacker = `203.0.113.${1 + Math.floor(Math.random() * 250)}`;
const neighbour = `198.51.100.${1 + Math.floor(Math.random() * 250)}`;

test.use({ extraHTTPHeaders: { "X-Forwarded-For": attacker } });

test("an address with too many failed sign-ins is told to wait, with a clear message", async ({
  page,
  browser,
}) => {
  const client = await clientFor(null, { "X-Forwarded-For": attacker });
  // One after another: parallel sign-ins on one client would overwrite each other's CSRF cookie.
  for (let attempt = 0; attempt < ADDRESS_FAILURE_LIMIT; attempt++) {
    const result = await signInOverHttp(client, `doan-mo-${attempt}@demo.vn`, "sai-mat-khau");
    expect(result.error).toBe("invalid");
  }
  expect((await signInOverHttp(client, "thanhvinh@demo.vn", DEMO_PASSWORD)).error).toBe("throttled");
  await client.dispose();

  await page.goto("/sign-in");
  await page.getByLabel("Địa chỉ email").fill("thanhvinh@demo.vn");
  await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.locator("#sign-in-message")).toHaveText(
    "Có quá nhiều lần đăng nhập sai từ mạng của bạn nên việc đăng nhập tạm dừng. Vui lòng thử lại sau 15 phút.",
  );
  await expect(page).toHaveURL(/\/sign-in/);

  const elsewhere = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": neighbour } });
  const other = await elsewhere.newPage();
  await other.goto("/sign-in");
  await other.getByLabel("Địa chỉ email").fill("thanhvinh@demo.vn");
  await other.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
  await other.getByRole("button", { name: "Đăng nhập" }).click();
  await other.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  await elsewhere.close();

  const db = serverDatabase();
  if (db) {
    const audit = await db.auditLog.findMany({
      where: { action: "auth.address-throttled", entityId: `ip:${attacker}` },
    });
    expect(audit).toHaveLength(1);
    await db.$disconnect();
  }
});

// The portal's error page shows the texts the layout translated on the server (it cannot import the
// catalogues: they would go to the browser on every page).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import PortalError from "@/app/(portal)/error";
import { ErrorTextsProvider } from "@/components/error-texts";

const props = { error: Object.assign(new Error("boom"), { digest: "d1" }), reset: () => {} };

describe("portal error page", () => {
  it("shows the texts handed down by the layout", () => {
    const texts = {
      title: "title from the layout",
      text: "text from the layout",
      tryAgain: "retry from the layout",
    };
    const html = renderToStaticMarkup(
      createElement(
        ErrorTextsProvider,
        { texts } as Parameters<typeof ErrorTextsProvider>[0], // children come as the third argument
        createElement(PortalError, props),
      ),
    );
    expect(html).toContain("title from the layout");
    expect(html).toContain("text from the layout");
    expect(html).toContain("retry from the layout");
    expect(html).toContain("d1");
  });

  it("shows the message keys, as for any missing message, outside the portal layout", () => {
    const html = renderToStaticMarkup(createElement(PortalError, props));
    expect(html).toContain("errors.unexpectedTitle");
  });
});

-- A minimal Neovim configuration for the editor test of `authvet gopls`:
-- the built-in LSP client runs the proxy as the Go language server for
-- the file given on the command line, waits for authvet's diagnostics
-- and gopls's, and writes every diagnostic of the buffer, one a line, to
-- $AUTHVET_NVIM_OUT as "line:col: [source code] message".
-- It works with Neovim 0.7 (Debian 12) and later.
local proxy = { os.getenv("AUTHVET_PROXY"), "gopls", "-gopls=" .. os.getenv("AUTHVET_GOPLS") }
local out = os.getenv("AUTHVET_NVIM_OUT")

local function code(d)
  if d.code then return d.code end
  local lsp = d.user_data and d.user_data.lsp
  return lsp and lsp.code or ""
end

vim.api.nvim_create_autocmd("VimEnter", {
  callback = function()
    local buf = vim.api.nvim_get_current_buf()
    local client = vim.lsp.start_client({ name = "gopls", cmd = proxy, root_dir = vim.fn.getcwd() })
    vim.lsp.buf_attach_client(buf, client)
    local found = vim.wait(180000, function()
      local authvet, other = false, false
      for _, d in ipairs(vim.diagnostic.get(buf)) do
        if d.source == "authvet" then authvet = true else other = true end
      end
      return authvet and other
    end, 200)
    local lines = {}
    if not found then table.insert(lines, "timed out waiting for authvet's diagnostics") end
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      table.insert(lines, string.format("%d:%d: [%s %s] %s", d.lnum + 1, d.col + 1, d.source or "", code(d), (d.message:gsub("\n", " "))))
    end
    vim.fn.writefile(lines, out)
    vim.lsp.stop_client(client)
    vim.cmd("qall!")
  end,
})

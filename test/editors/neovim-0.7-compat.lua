-- Lets Neovim 0.7 (what Debian 12 ships) run docs/neovim/svcdef.lua, written for 0.8 or
-- newer: 0.7 has neither vim.lsp.start nor vim.fs, only what they are built on. Newer
-- Neovims have both, and this file then changes nothing.

if not vim.fs then
  vim.fs = {
    dirname = function(file)
      return file and vim.fn.fnamemodify(file, ':h')
    end,
    -- Only the upward search the configuration makes.
    find = function(name, opts)
      local found = vim.fn.finddir(name, opts.path .. ';')
      if found == '' then
        found = vim.fn.findfile(name, opts.path .. ';')
      end
      if found == '' then
        return {}
      end
      return { (vim.fn.fnamemodify(found, ':p'):gsub('/$', '')) }
    end,
  }
end

if not vim.lsp.start then
  -- As 0.8 does it: one client per name and root folder, attached to the current buffer.
  vim.lsp.start = function(config)
    local buffer = vim.api.nvim_get_current_buf()
    for _, client in ipairs(vim.lsp.get_active_clients()) do
      if client.name == config.name and client.config.root_dir == config.root_dir then
        vim.lsp.buf_attach_client(buffer, client.id)
        return client.id
      end
    end
    local id = vim.lsp.start_client(config)
    if id then
      vim.lsp.buf_attach_client(buffer, id)
    end
    return id
  end
end
